package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Fixtures.chinese;
import static dev.vitae.bench.devcorpus.Fixtures.english;
import static dev.vitae.bench.devcorpus.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRenderersTest {

  @Test
  void htmlSidebarPutsTheAsideBeforeMainWithTheSidebarSections() {
    String html = text("html-sidebar", english());
    int aside = html.indexOf("<aside>");
    int main = html.indexOf("<main>");
    assertThat(aside).isPositive().isLessThan(main);
    String sidebar = html.substring(aside, main);
    assertThat(sidebar)
        .contains("<h2>Contact</h2>")
        .contains("<h2>Core Skills</h2>\n<h3>Languages</h3>\n<p>Java, Go</p>")
        .contains("<a href=\"mailto:ada@example.com\">ada@example.com</a>")
        .doesNotContain("Acme");
    String content = html.substring(main);
    assertThat(content)
        .contains("<h1>Ada Example</h1>")
        .contains("<p class=\"label\">Data &amp; Platform Engineer</p>")
        .contains(
            "<div class=\"entry-head\"><span class=\"title\"><strong>Senior Engineer</strong>,"
                + " <span class=\"second\">Acme &amp; Sons</span></span>"
                + "<span class=\"dates\">Jun 2021 – Present</span></div>")
        .contains("<li>Moved &lt;legacy&gt; jobs to k8s_cluster #1</li>")
        .doesNotContain("Core Skills");
    assertThat(html).contains("display: flex").contains("<html lang=\"en\">");
    assertThat(text("html-sidebar", chinese()))
        .contains("<html lang=\"zh-CN\">")
        .contains("<span class=\"dates\">2020.03 - 至今</span>");
  }

  @Test
  void htmlTablePutsTheDatesInTheLeftCell() {
    String html = text("html-table", english());
    assertThat(html)
        .contains("<table width=\"680\"")
        .contains(
            "<tr><td width=\"170\" valign=\"top\"><font size=\"2\">June 2021 - Present</font></td>\n"
                + "<td valign=\"top\"><b>Senior Engineer</b><br>\n<i>Acme &amp; Sons</i>, Berlin")
        .contains("<li>Cut cloud costs by 30%</li>")
        .contains("<li>Moved &lt;legacy&gt; jobs to k8s_cluster #1</li>")
        .contains("<b>Languages</b></td><td valign=\"top\">Java, Go</td>")
        .doesNotContain("<div");
    assertThat(text("html-table", chinese()))
        .contains("<font size=\"2\">2020/03 - 至今</font>")
        .contains("<b>深圳蓝海科技有限公司</b><br>\n<i>高级工程师</i>");
  }

  @Test
  void vitaesHtmlReaderGetsTheTextBackUnescaped() throws Exception {
    for (String renderer : List.of("html-sidebar", "html-table")) {
      byte[] bytes = text(renderer, english()).getBytes(StandardCharsets.UTF_8);
      List<String> lines =
          DocumentParser.withDefaults().parse(bytes, "en-test.html").lines().stream()
              .map(Line::text)
              .toList();
      assertThat(lines)
          .as(renderer)
          .anyMatch(l -> l.contains("Moved <legacy> jobs to k8s_cluster #1"))
          .anyMatch(l -> l.contains("Data & Platform Engineer"))
          .noneMatch(l -> l.contains("&amp;") || l.contains("&lt;"));
    }
  }
}
