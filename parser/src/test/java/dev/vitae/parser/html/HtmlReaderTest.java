package dev.vitae.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static final Source SOURCE = Source.named("cv.html", HtmlReader.HTML);

  private static final String RESUME =
      """
      <!DOCTYPE html>
      <html><head><title>Jane Doe - Resume</title>
      <style>h1 { color: red }</style><script>var x = "<p>not text</p>";</script></head>
      <body>
      <!-- a comment -->
      <h1>Jane Doe</h1>
      <p>Engineer at <a href="https://acme.example">Acme</a><br>Berlin</p>
      <h2>Skills</h2>
      <ul>
        <li>Languages
          <ul><li>Java</li><li><b>Rust</b></li></ul>
        </li>
        <li>Tools</li>
      </ul>
      <pre>
      EXPERIENCE
      ==========
        - Built things
      </pre>
      <table>
        <tr><th>Email</th><td>jane@example.org</td></tr>
        <tr><th>Phone</th><td>+1 555 0100</td></tr>
      </table>
      <table><tr><td>2019</td><td>Acme</td><td>Engineer</td></tr></table>
      <dl><dt>2015 - 2019</dt><dd>University of Somewhere</dd></dl>
      <div hidden>hidden text</div><noscript>jane at example dot org</noscript>
      </body></html>
      """;

  @Test
  void supportsHtmlAndXhtml() {
    assertThat(new HtmlReader().supportedTypes())
        .containsExactlyInAnyOrder("text/html", "application/xhtml+xml");
  }

  @Test
  void readsHeadingsListsPreTablesAndLinksButNotTheHead() throws Exception {
    TextDocument doc = read(RESUME.getBytes(StandardCharsets.UTF_8));

    assertThat(texts(doc))
        .containsExactly(
            "Jane Doe",
            "Engineer at Acme",
            "Berlin",
            "Skills",
            "Languages",
            "Java",
            "Rust",
            "Tools",
            "EXPERIENCE",
            "Built things",
            "Email: jane@example.org",
            "Phone: +1 555 0100",
            "2019 | Acme | Engineer",
            "2015 - 2019",
            "University of Somewhere",
            "jane at example dot org");
    List<Line> lines = doc.lines();
    assertThat(lines.get(0).style().headingLevel()).isEqualTo(1);
    assertThat(lines.get(3).style().headingLevel()).isEqualTo(2);
    assertThat(lines.get(1).links()).containsExactly(new Link("Acme", "https://acme.example"));
    assertThat(lines.get(2).style().blockStart()).isFalse();
    assertThat(lines.subList(4, 8))
        .extracting(l -> l.style().listDepth())
        .containsExactly(1, 2, 2, 1);
    assertThat(lines.get(4).style().blockStart()).isTrue();
    assertThat(lines.get(5).style().blockStart()).isFalse();
    assertThat(lines.get(6).style().bold()).isTrue();
    assertThat(lines.get(5).style().bold()).isFalse();
    assertThat(lines.get(8).style().headingLevel()).isEqualTo(1);
    assertThat(lines.get(9).style().listDepth()).isEqualTo(1);
    assertThat(lines.get(10).style().blockStart()).isTrue();
    assertThat(lines).extracting(l -> l.style().fontSize()).containsOnly(0f);
    assertThat(doc.pages()).isEqualTo(1);
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void keepsAPageFooterThatHoldsContactDetails() throws Exception {
    String html =
        "<main><h1>Jane Doe</h1></main><footer><a href=\"#top\">Back to top</a></footer>"
            + "<footer>Reach me: <a href=\"mailto:jane@example.org\">jane@example.org</a></footer>";

    assertThat(texts(read(html.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("Jane Doe", "Reach me: jane@example.org");
  }

  @Test
  void keepsLinksInsidePre() throws Exception {
    String html =
        """
        <pre>Ron Adams
        Somerville MA   <a href="https://github.com/ron">github.com/ron</a>
        </pre>\
        """;

    TextDocument doc = read(html.getBytes(StandardCharsets.UTF_8));

    assertThat(texts(doc)).containsExactly("Ron Adams", "Somerville MA github.com/ron");
    assertThat(doc.lines().get(1).links())
        .containsExactly(new Link("github.com/ron", "https://github.com/ron"));
  }

  @Test
  void readsInlineFontSizesRelativeToTheBody() throws Exception {
    String html =
        "<p><font size=\"6\">Jane Doe</font></p><p style=\"font-size:16px\">Body one</p>"
            + "<p>Body two</p><p><span style=\"font-size: 1.5em\">Big</span></p>";

    List<Line> lines = read(html.getBytes(StandardCharsets.UTF_8)).lines();

    assertThat(lines).extracting(l -> l.style().fontSize()).containsExactly(24f, 12f, 12f, 18f);
    assertThat(lines).extracting(l -> l.style().relativeSize()).containsExactly(2f, 1f, 1f, 1.5f);
  }

  @Test
  void decodesTheCharsetTheMetaTagDeclares() throws Exception {
    String html = "<html><head><meta charset=\"gb2312\"></head><body><p>工作经历</p></body></html>";

    TextDocument doc = read(html.getBytes(Charset.forName("GB18030")));

    assertThat(texts(doc)).containsExactly("工作经历");
  }

  @Test
  void prefersAByteOrderMarkAndDetectsUndeclaredCharsets() throws Exception {
    byte[] utf16 = "\uFEFF<p>Zoë Müller</p>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(texts(read(utf16))).containsExactly("Zoë Müller");

    byte[] gbk = "<p>教育背景：北京大学计算机科学与技术专业本科</p>".getBytes(Charset.forName("GBK"));
    assertThat(texts(read(gbk))).containsExactly("教育背景：北京大学计算机科学与技术专业本科");
  }

  @Test
  void repairsMojibakeWithAWarning() throws Exception {
    TextDocument doc = read("<p>JosÃ© GarcÃ­a</p>".getBytes(StandardCharsets.UTF_8));

    assertThat(texts(doc)).containsExactly("José García");
    assertThat(doc.warnings()).contains("mojibake-repaired");
  }

  @Test
  void stopsAtTheLineLimitWithAWarning() throws Exception {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      html.append("<p>Line ").append(i).append("</p>");
    }

    TextDocument doc =
        new HtmlReader(new ParseLimits(1 << 20, 10, 5, 100))
            .read(
                new ByteArrayInputStream(html.toString().getBytes(StandardCharsets.UTF_8)), SOURCE);

    assertThat(doc.lines()).hasSize(5);
    assertThat(doc.warnings()).contains("truncated");
  }

  @Test
  void survivesDeepNesting() throws Exception {
    String html = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);

    assertThat(texts(read(html.getBytes(StandardCharsets.UTF_8)))).containsExactly("deep");
  }

  @Test
  void parsesHtmlThroughTheFacadeAndReportsEmptyBodiesAsNoText() throws Exception {
    DocumentParser parser = DocumentParser.withDefaults();
    TextDocument doc = parser.parse(RESUME.getBytes(StandardCharsets.UTF_8), "cv.html");
    assertThat(doc.source().mediaType()).isEqualTo(HtmlReader.HTML);

    byte[] empty =
        "<html><head><title>Only a title</title></head><body> </body></html>"
            .getBytes(StandardCharsets.UTF_8);
    try {
      parser.parse(empty, "empty.html");
      throw new AssertionError("expected NO_TEXT");
    } catch (DocumentException e) {
      assertThat(e.reason()).isEqualTo(Reason.NO_TEXT);
    }
  }

  private static TextDocument read(byte[] html) throws DocumentException {
    return new HtmlReader().read(new ByteArrayInputStream(html), SOURCE);
  }

  private static List<String> texts(TextDocument doc) {
    return doc.lines().stream().map(Line::text).toList();
  }
}
