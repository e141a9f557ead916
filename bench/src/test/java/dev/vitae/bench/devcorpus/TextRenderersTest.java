package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Fixtures.chinese;
import static dev.vitae.bench.devcorpus.Fixtures.english;
import static dev.vitae.bench.devcorpus.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRenderersTest {

  private static List<String> lines(String renderer, Gold gold) {
    return text(renderer, gold).lines().toList();
  }

  @Test
  void textCapsPutsCapitalHeadingsOnTheirOwnLinesAndTheDatesLast() {
    List<String> lines = lines("text-caps", english());
    assertThat(lines).contains("EXPERIENCE", "EDUCATION", "SKILLS", "PROJECTS", "SUMMARY");
    assertThat(lines)
        .contains(
            "Senior Engineer, Acme & Sons, Berlin                          Jun 2021 – Present",
            "Engineer, Globex                                             Jan 2019 – May 2021",
            "Example University, Bachelor in Computer Science                     2015 – 2019",
            "- Cut cloud costs by 30%",
            "- Moved <legacy> jobs to k8s_cluster #1",
            "Grade: 3.8/4.0",
            "Languages: Java, Go",
            "Role: Author",
            "https://example.com/tiny_kv");
    // a project with one date shows that date, not "Present"
    assertThat(lines).anyMatch(l -> l.startsWith("tiny_kv ") && l.endsWith(" Mar 2020"));
    assertThat(lines.get(2))
        .isEqualTo("ada@example.com | +1 415-555-0123 | San Francisco, CA, United States");
  }

  @Test
  void textCapsWritesChineseHeadingsAndDates() {
    List<String> lines = lines("text-caps", chinese());
    assertThat(lines).contains("自我评价", "工作经历", "教育背景", "专业技能", "语言能力", "项目经历");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("深圳蓝海科技有限公司 | 高级工程师 ") && l.endsWith(" 2020.03 - 至今"))
        .anyMatch(l -> l.startsWith("广州星辰网络有限公司 | 工程师 ") && l.endsWith(" 2017.07 - 2020.02"))
        .contains("- 负责订单系统的设计与开发", "后端：Java、Go、MySQL", "英语：CET-6", "微信：xm_wang");
    assertThat(lines).noneMatch(l -> l.contains("Present") || l.contains("Bachelor"));
  }

  @Test
  void textRuleUnderlinesSectionsAndEntriesAndPutsDatesOnTheirOwnLine() {
    String text = text("text-rule", english());
    assertThat(text)
        .contains("\nWork Experience\n===============\n")
        .contains("\nSenior Engineer\n---------------\nAcme & Sons, Berlin\nJune 2021 - Present\n")
        .contains("\nEngineer\n--------\nGlobex\nJanuary 2019 - May 2021\n")
        .contains(
            "\nExample University\n------------------\nBachelor — Computer Science\n2015 - 2019\n")
        .contains("\n  • Cut cloud costs by 30%\n")
        .contains("\nMobile: +14155550123\n");
    assertThat(text.lines()).allMatch(l -> PlainText.width(l) <= 78);
  }

  @Test
  void textRuleUnderlinesChineseToItsDisplayWidth() {
    String text = text("text-rule", chinese());
    assertThat(text)
        .contains("\n工作经验\n========\n")
        .contains("\n深圳蓝海科技有限公司\n--------------------\n高级工程师\n2020年3月 — 至今\n");
  }

  @Test
  void textTrailingPutsARuleAfterTheHeadingAndTheDatesFirst() {
    List<String> lines = lines("text-trailing", english());
    assertThat(lines)
        .anyMatch(l -> l.matches("EMPLOYMENT -{60,}"))
        .anyMatch(l -> l.matches("CORE SKILLS -{60,}"))
        .contains(
            "2021-06 – Current  Senior Engineer, Acme & Sons (Berlin)",
            "2019-01 – 2021-05  Engineer, Globex",
            "2015 – 2019  Example University, Computer Science (Bachelor)",
            "* Moved <legacy> jobs to k8s_cluster #1",
            "2020-03  tiny_kv");
    assertThat(lines.get(2)).contains("(415) 555-0123").contains("GitHub: ada_ex");
  }

  @Test
  void textIndentWritesLabelledJobsAndTabSeparatedRows() {
    List<String> lines = lines("text-indent", english());
    assertThat(lines)
        .contains(
            "Professional Experience:",
            "Acme & Sons",
            "    Position: Senior Engineer",
            "    Dates: 06/2021 - Present",
            "    Location: Berlin",
            "    - Cut cloud costs by 30%",
            "    Dates: 01/2019 - 05/2021",
            "Example University\t2015 - 2019",
            "    Bachelor, Computer Science",
            "tiny_kv\t03/2020",
            "    URL: https://example.com/tiny_kv",
            "    E-mail: ada@example.com");
    assertThat(lines("text-indent", chinese()))
        .contains("    职位：高级工程师", "    时间：2020/03 ~ 至今", "华南理工大学\t2013/09 ~ 2017/06");
  }

  @Test
  void everyTextRendererShowsEveryValueOfTheGold() {
    for (String renderer : List.of("text-caps", "text-rule", "text-trailing", "text-indent")) {
      String text = text(renderer, english());
      assertThat(text)
          .as(renderer)
          .contains(
              "Ada Example",
              "Data & Platform Engineer",
              "ada@example.com",
              "San Francisco, CA, United States",
              "ada_ex",
              "Builds 100% reliable pipelines for R&D teams; cut costs by $2M.",
              "Acme & Sons",
              "Berlin",
              "Built the billing {core} with ~5 people at ^2 speed.",
              "Example University",
              "Computer Science",
              "3.8/4.0",
              "Java, Go",
              "tiny_kv",
              "A key-value store.",
              "https://example.com/tiny_kv",
              "Author",
              "Raft replication");
    }
  }
}
