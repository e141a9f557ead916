package dev.vitae.extractor.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.parser.TextDocument;
import org.junit.jupiter.api.Test;

class AwardsExtractorTest {
  private static ResumeDraft run(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new AwardsExtractor().extract(doc, draft);
    return draft;
  }

  @Test
  void readsTitleBodyDateRuns() {
    ResumeDraft d =
        run(
            "AWARDS",
            "Best Paper",
            "",
            "Awarded at the systems workshop",
            "",
            "2018",
            "",
            "数学建模一等奖",
            "",
            "全国大学生数学建模竞赛",
            "",
            "2016");
    assertThat(d.awards()).hasSize(2);
    assertThat(d.awards().get(0).value().title()).isEqualTo("Best Paper");
    assertThat(d.awards().get(0).value().summary()).isEqualTo("Awarded at the systems workshop");
    assertThat(d.awards().get(1).value().date()).hasToString("2016");
  }

  @Test
  void readsOneItemPerListItemWithItsDate() {
    ResumeDraft d = run("## Honors", "- Dean's List, 2019", "- Hackathon winner (2020)");
    assertThat(d.awards())
        .extracting(a -> a.value().title())
        .containsExactly("Dean's List", "Hackathon winner");
    assertThat(d.awards().get(1).value().date()).hasToString("2020");
  }

  @Test
  void certificatesSectionsGiveCertificates() {
    ResumeDraft d = run("## Certifications", "- CKA 2021");
    assertThat(d.certificates()).hasSize(1);
    assertThat(d.certificates().get(0).value().name()).isEqualTo("CKA");
    assertThat(d.awards()).isEmpty();
  }

  @Test
  void aPlacingBeforeTheTitleIsTheSummary() {
    ResumeDraft d =
        run("AWARDS", "2019 3rd/40 Regional Robotics Cup", "2018 top 10/900 Data Science Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().title())
        .containsExactly("Regional Robotics Cup", "Data Science Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().summary())
        .containsExactly("3rd/40", "top 10/900");
  }

  @Test
  void aPlacingInACellOfItsOwnIsTheSummary() {
    // A PDF row of three cells: date | placing | title.
    ResumeDraft d =
        run("AWARDS", "2019 | 3rd/40 | Regional Robotics Cup", "2018 | top 10/900 | Data Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().title())
        .containsExactly("Regional Robotics Cup", "Data Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().summary())
        .containsExactly("3rd/40", "top 10/900");
  }

  @Test
  void anOrganizationAfterTheTitleIsTheAwarder() {
    ResumeDraft d =
        run(
            "## Honors",
            "- Dean's List, University of Leeds, 2019",
            "- Employee of the Year — Northwind Traders Ltd (2021)",
            "- Best Paper Award, Distributed Systems Workshop 2018",
            "- First Prize, national robotics group contest");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> a.value().awarder())
        .containsExactly(
            tuple("Dean's List", "University of Leeds"),
            tuple("Employee of the Year", "Northwind Traders Ltd"),
            tuple("Best Paper Award", "Distributed Systems Workshop"),
            tuple("First Prize, national robotics group contest", null));
  }

  @Test
  void aChineseAwarderEndsInAnOrganizationWord() {
    ResumeDraft d = run("## 荣誉奖项", "- 年度优秀员工 远景能源有限公司 2021.12", "- 全国大学生数学竞赛 一等奖 2019");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> a.value().awarder())
        .containsExactly(tuple("年度优秀员工", "远景能源有限公司"), tuple("全国大学生数学竞赛 一等奖", null));
  }

  @Test
  void linesUnderAHeadingAreItsAwarderAndSummary() {
    ResumeDraft d =
        run(
            "## Awards",
            "### Pilot Grant for Coastal Sensing · 2023",
            "Marine Research Foundation",
            "Co-investigator; $40,000 over two years.",
            "### Travel Award · 2020",
            "Funded attendance at the winter school.");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> a.value().awarder(), a -> a.value().summary())
        .containsExactly(
            tuple(
                "Pilot Grant for Coastal Sensing",
                "Marine Research Foundation",
                "Co-investigator; $40,000 over two years."),
            tuple("Travel Award", null, "Funded attendance at the winter school."));
    assertThat(d.awards().get(0).value().date()).hasToString("2023");
  }

  @Test
  void aDateLineAboveEachHeadingOpensItsItem() {
    ResumeDraft d =
        run(
            "## Awards",
            "2022",
            "### Outstanding Mentor",
            "Graduate School of Design",
            "2019",
            "### Mentoring Prize",
            "Awarded for the studio course.");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> String.valueOf(a.value().date()))
        .containsExactly(tuple("Outstanding Mentor", "2022"), tuple("Mentoring Prize", "2019"));
    assertThat(d.awards().get(0).value().awarder()).isEqualTo("Graduate School of Design");
  }

  @Test
  void dateLinesThatOpenTheSectionOpenEachItem() {
    ResumeDraft d =
        run(
            "AWARDS",
            "2021",
            "Community Service Medal",
            "City Council of Ghent",
            "For ten years of weekend tutoring.",
            "2017",
            "Chess Club Champion");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> a.value().awarder(), a -> a.value().summary())
        .containsExactly(
            tuple(
                "Community Service Medal",
                "City Council of Ghent",
                "For ten years of weekend tutoring."),
            tuple("Chess Club Champion", null, null));
  }

  @Test
  void boldTitlesOverPlainLinesAreItems() {
    ResumeDraft d =
        run(
            "AWARDS",
            "**2024 Young Investigator Award for work on**",
            "**coastal sensing**",
            "Marine Research Foundation",
            "Selected from 200 applicants.",
            "**2021 Travel Fellowship**",
            "Funded a month at the partner lab.");
    assertThat(d.awards())
        .extracting(a -> a.value().title(), a -> a.value().awarder())
        .containsExactly(
            tuple(
                "Young Investigator Award for work on coastal sensing",
                "Marine Research Foundation"),
            tuple("Travel Fellowship", null));
    assertThat(d.awards().get(1).value().summary()).isEqualTo("Funded a month at the partner lab.");
  }

  @Test
  void anOrganizationOverATitleIsTheAwarder() {
    ResumeDraft d =
        run(
            "## 证书",
            "**浙江省人力资源和社会保障厅**",
            "高级育婴师证书 2018/03/15",
            "**Royal Life Saving Society**",
            "Pool Lifeguard Certificate 2021/06/02");
    assertThat(d.certificates())
        .extracting(
            c -> c.value().name(), c -> c.value().issuer(), c -> String.valueOf(c.value().date()))
        .containsExactly(
            tuple("高级育婴师证书", "浙江省人力资源和社会保障厅", "2018-03-15"),
            tuple("Pool Lifeguard Certificate", "Royal Life Saving Society", "2021-06-02"));
  }
}
