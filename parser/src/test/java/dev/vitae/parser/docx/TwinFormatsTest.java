package dev.vitae.parser.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * The same small resume as Markdown, HTML and DOCX reads into the same lines with the same
 * structure, so that extraction rules need not know the format.
 */
class TwinFormatsTest {
  private static final String MARKDOWN =
      """
      # Jane Doe

      ## Experience

      **Senior Engineer**

      - Built a compiler
        - in Rust
      - Led a team of [four](https://example.org/team)
      """;

  private static final String HTML =
      """
      <html><head><title>Jane</title></head><body>
      <h1>Jane Doe</h1>
      <h2>Experience</h2>
      <p><strong>Senior Engineer</strong></p>
      <ul><li>Built a compiler<ul><li>in Rust</li></ul></li>
      <li>Led a team of <a href="https://example.org/team">four</a></li></ul>
      </body></html>
      """;

  /** What a line says about structure: text, heading level, list depth, bold, links. */
  private record Shape(String text, int heading, int list, boolean bold, int links) {
    static Shape of(Line line) {
      return new Shape(
          line.text(),
          line.style().headingLevel(),
          line.style().listDepth(),
          line.style().bold(),
          line.links().size());
    }
  }

  @Test
  void markdownHtmlAndDocxTwinsReadAlike() throws Exception {
    DocumentParser parser = DocumentParser.withDefaults();
    List<Shape> markdown = shapes(parser.parse(bytes(MARKDOWN), "cv.md"));
    List<Shape> html = shapes(parser.parse(bytes(HTML), "cv.html"));
    List<Shape> docx = shapes(parser.parse(docx(), "cv.docx"));

    assertThat(markdown)
        .containsExactly(
            new Shape("Jane Doe", 1, 0, false, 0),
            new Shape("Experience", 2, 0, false, 0),
            new Shape("Senior Engineer", 0, 0, true, 0),
            new Shape("Built a compiler", 0, 1, false, 0),
            new Shape("in Rust", 0, 2, false, 0),
            new Shape("Led a team of four", 0, 1, false, 1));
    assertThat(html).isEqualTo(markdown);
    // Word's heading styles are bold; the structure is the same.
    assertThat(docx)
        .extracting(Shape::text, Shape::heading, Shape::list, Shape::links)
        .isEqualTo(markdown.stream().map(s -> tuple(s.text, s.heading, s.list, s.links)).toList());
  }

  private static byte[] docx() throws Exception {
    try (TestDocx t = new TestDocx()) {
      t.style("Heading1", "heading 1").style("Heading2", "heading 2");
      t.styled("Heading1", "Jane Doe");
      t.styled("Heading2", "Experience");
      XWPFParagraph bold = t.doc.createParagraph();
      XWPFRun run = bold.createRun();
      run.setText("Senior Engineer");
      run.setBold(true);
      t.bullet(0, "Built a compiler");
      t.bullet(1, "in Rust");
      XWPFParagraph linked = t.bullet(0, "Led a team of ");
      linked.createHyperlinkRun("https://example.org/team").setText("four");
      return t.bytes();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Shape> shapes(TextDocument doc) {
    return doc.lines().stream().map(Shape::of).toList();
  }
}
