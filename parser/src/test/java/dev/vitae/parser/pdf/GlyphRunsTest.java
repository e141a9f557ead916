package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Line;
import dev.vitae.parser.Source;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines drawn out of x order, letter-spaced and in small caps, on PDFs built here. */
class GlyphRunsTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  @Test
  void aDateDrawnBeforeItsTitleIsReadAfterIt() throws Exception {
    TestPdf pdf = TestPdf.create();
    float width = pdf.width("May 2024 – Aug 2024", 10);
    pdf.bold(72, 60, 12, "EXPERIENCE");
    pdf.text(540 - width, 80, 10, "May 2024 – Aug 2024").bold(72, 80, 11, "Intern at Acme");
    pdf.text(72, 94, 10, "Built the billing service.");
    pdf.bold(72, 120, 12, "EDUCATION");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly(
            "EXPERIENCE",
            "Intern at Acme | May 2024 – Aug 2024",
            "Built the billing service.",
            "EDUCATION");
    assertThat(lines.get(1).style().indent()).isZero();
  }

  @Test
  void letterSpacedHeadingsAreJoinedIntoWords() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.spaced(72, 60, 12, true, 3, "SKILLS");
    pdf.text(72, 76, 10, "Java and Go");
    pdf.spaced(72, 100, 12, true, 2.5f, "WORK HISTORY");
    pdf.text(72, 116, 10, "Acme");
    pdf.spaced(72, 140, 12, false, 2, "Education");

    assertThat(read(pdf.bytes()))
        .extracting(Line::text)
        .containsExactly("SKILLS", "Java and Go", "WORK HISTORY", "Acme", "Education");
  }

  @Test
  void singleLetterWordsOfOrdinaryTextAreKept() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.text(72, 60, 10, "A B testing of the checkout");
    pdf.text(72, 74, 10, "C C++ Go");
    pdf.text(72, 88, 10, "J. R. R. Tolkien Society");
    pdf.text(72, 102, 10, "Grades: A A B");

    assertThat(read(pdf.bytes()))
        .extracting(Line::text)
        .containsExactly(
            "A B testing of the checkout", "C C++ Go", "J. R. R. Tolkien Society", "Grades: A A B");
  }

  @Test
  void smallCapsHeadingIsOneWord() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 40, 20, "Jane Doe");
    float e = pdf.width("E", 12);
    pdf.text(72, 60, 12, "E").text(72 + e + 2, 60, 9.6f, "XPERIENCE");
    float w = pdf.width("W", 12);
    float ork = pdf.width("ORK", 9.6f);
    float h = pdf.width(" H", 12);
    pdf.text(72, 150, 12, "W")
        .text(72 + w + 1.5f, 150, 9.6f, "ORK")
        .text(72 + w + 1.5f + ork, 150, 12, " H")
        .text(72 + w + 3 + ork + h, 150, 9.6f, "ISTORY");
    for (int i = 0; i < 5; i++) {
      pdf.text(72, 74 + 12 * i, 10, "Body text line number " + i + " of the section.");
    }

    List<Line> lines = read(pdf.bytes());

    assertThat(lines.get(1).text()).isEqualTo("EXPERIENCE");
    assertThat(lines.get(lines.size() - 1).text()).isEqualTo("WORK HISTORY");
  }

  @Test
  void aCapitalBeforeSmallerCapitalsOfAnotherWordIsNotJoinedWhenFarApart() throws Exception {
    TestPdf pdf = TestPdf.create();
    float a = pdf.width("A", 12);
    pdf.text(72, 60, 12, "A").text(72 + a + 6, 60, 9.6f, "NASA PROJECT");

    assertThat(read(pdf.bytes()).get(0).text()).isEqualTo("A NASA PROJECT");
  }

  private static List<Line> read(byte[] pdf) throws Exception {
    return new PdfReader().read(new ByteArrayInputStream(pdf), SOURCE).lines();
  }
}
