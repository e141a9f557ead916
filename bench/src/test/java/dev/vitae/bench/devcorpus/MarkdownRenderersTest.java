package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Fixtures.chinese;
import static dev.vitae.bench.devcorpus.Fixtures.english;
import static dev.vitae.bench.devcorpus.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRenderersTest {

  @Test
  void mdAtxUsesAtxHeadingsItalicDatesLastAndLinks() {
    String md = text("md-atx", english());
    assertThat(md.lines().toList())
        .contains(
            "# Ada Example",
            "## Work Experience",
            "### Senior Engineer, Acme & Sons · *Jun 2021 – Present*",
            "### Engineer, Globex · *Jan 2019 – May 2021*",
            "### [tiny\\_kv](https://example.com/tiny_kv) · *Mar 2020*",
            "- Moved \\<legacy\\> jobs to k8s\\_cluster #1",
            "- Languages: Java, Go");
    assertThat(md).contains("GitHub: [ada\\_ex](https://github.com/ada_ex)");
  }

  @Test
  void mdSetextUsesUnderlinesLabelsDatesFirstAndNumberedHighlights() {
    String md = text("md-setext", english());
    assertThat(md)
        .contains("Ada Example\n===========\n")
        .contains("Experience\n----------\n")
        .contains("**Title:** Data & Platform Engineer\\\n**Email:** ada@example.com\\\n")
        .contains("**2021-06 to Present** · **Senior Engineer**, Acme & Sons\n")
        .contains("**Location:** Berlin\n")
        .contains("1. Cut cloud costs by 30%\n2. Moved \\<legacy\\> jobs to k8s\\_cluster #1\n")
        .contains("**2015 to 2019** · **Example University**, Bachelor in Computer Science\n");
    assertThat(text("md-setext", chinese()))
        .contains("**2020年3月 - 至今** · **深圳蓝海科技有限公司** | 高级工程师\n")
        .contains("**求职意向：** 高级后端工程师 Senior Backend Engineer");
  }

  @Test
  void vitaesMarkdownReaderGetsTheTextBackUnescaped() throws Exception {
    for (String renderer : List.of("md-atx", "md-setext")) {
      TextDocument doc = read(renderer, english());
      List<String> lines = doc.lines().stream().map(Line::text).toList();
      assertThat(lines)
          .as(renderer)
          .anyMatch(l -> l.contains("Moved <legacy> jobs to k8s_cluster #1"))
          .anyMatch(l -> l.contains("Built the billing {core} with ~5 people at ^2 speed."))
          .anyMatch(l -> l.contains("tiny_kv"));
      assertThat(lines).as(renderer).noneMatch(l -> l.contains("\\"));
    }
  }

  @Test
  void mdAtxHeadingsAreHeadingsToTheReader() throws Exception {
    TextDocument doc = read("md-atx", chinese());
    assertThat(doc.lines())
        .anyMatch(l -> l.text().equals("王小明") && l.style().headingLevel() == 1)
        .anyMatch(l -> l.text().equals("工作经验") && l.style().headingLevel() == 2)
        .anyMatch(l -> l.text().startsWith("深圳蓝海科技有限公司") && l.style().headingLevel() == 3);
  }

  private static TextDocument read(String renderer, Gold gold) throws Exception {
    byte[] bytes = text(renderer, gold).getBytes(StandardCharsets.UTF_8);
    return DocumentParser.withDefaults().parse(bytes, gold.stem() + ".md");
  }
}
