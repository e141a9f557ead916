package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  @Test
  void supportsPdfOnly() {
    assertThat(new PdfReader().supportedTypes()).containsExactly("application/pdf");
  }

  @Test
  void readsLinesInOrderWithPageNumbers() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Jane Doe")
            .text(72, 86, 10, "Software engineer")
            .page()
            .text(72, 72, 10, "Second page")
            .bytes();

    TextDocument doc = read(pdf);

    assertThat(texts(doc)).containsExactly("Jane Doe", "Software engineer", "Second page");
    assertThat(doc.lines()).extracting(Line::page).containsExactly(1, 1, 2);
    assertThat(doc.lines()).extracting(Line::index).containsExactly(0, 1, 2);
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.source()).isEqualTo(SOURCE);
  }

  @Test
  void readsTextDrawnTwiceForFakeBoldOnce() throws Exception {
    // Fake bold: the line again a fraction of a point to the right; a new line the same twice.
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Jane Doe")
            .text(72.3f, 72, 10, "Jane Doe")
            .text(72, 100, 10, "Experience")
            .text(72, 100, 10, "Experience")
            .text(72, 128, 10, "Jane Doe")
            .bytes();

    assertThat(texts(read(pdf))).containsExactly("Jane Doe", "Experience", "Jane Doe");
  }

  @Test
  void largerShortLineIsHeadingAndBodyLinesAreNot() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 16, "Experience")
            .text(72, 92, 10, "Built a compiler for a small language at a large company.")
            .text(72, 104, 10, "Led a team of four engineers across two time zones.")
            .text(72, 130, 13, "Education")
            .text(72, 146, 10, "Studied mathematics and computer science.")
            .bytes();

    List<Line> lines = read(pdf).lines();

    assertThat(lines.get(0).style().headingLevel()).isEqualTo(1);
    assertThat(lines.get(0).style().fontSize()).isEqualTo(16f);
    assertThat(lines.get(0).style().relativeSize()).isEqualTo(1.6f);
    assertThat(lines.get(1).style().headingLevel()).isZero();
    assertThat(lines.get(1).style().relativeSize()).isEqualTo(1f);
    assertThat(lines.get(2).style().headingLevel()).isZero();
    assertThat(lines.get(3).style().headingLevel()).isEqualTo(2);
    assertThat(lines.get(4).style().headingLevel()).isZero();
  }

  @Test
  void longLargeLineIsNotAHeading() throws Exception {
    String sentence = "A large sentence that goes on and on for far too long to be a heading";
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 16, sentence)
            .text(72, 92, 10, "Body text in the usual size, and a lot more of it than above.")
            .text(72, 104, 10, "More body text in the usual size, so that body is ten points.")
            .bytes();

    assertThat(read(pdf).lines().get(0).style().headingLevel()).isZero();
  }

  @Test
  void detectsBoldFonts() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .bold(72, 72, 10, "Acme Corporation")
            .text(72, 86, 10, "Senior developer")
            .bytes();

    List<Line> lines = read(pdf).lines();

    assertThat(lines.get(0).style().bold()).isTrue();
    assertThat(lines.get(1).style().bold()).isFalse();
  }

  @Test
  void bulletBecomesListItemWithoutItsMarker() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Acme Corporation")
            .text(80, 86, 10, "\u2022 Shipped the billing system")
            .text(95, 100, 10, "\u2022 Cut invoice latency by half")
            .text(80, 114, 10, "- Hired and mentored four engineers")
            .text(72, 128, 10, "-5 degrees is not a list item")
            .bytes();

    List<Line> lines = read(pdf).lines();

    assertThat(texts(lines))
        .containsExactly(
            "Acme Corporation",
            "Shipped the billing system",
            "Cut invoice latency by half",
            "Hired and mentored four engineers",
            "-5 degrees is not a list item");
    assertThat(lines).extracting(l -> l.style().listDepth()).containsExactly(0, 1, 2, 1, 0);
  }

  @Test
  void indentIsMeasuredFromThePageMargin() throws Exception {
    byte[] pdf = TestPdf.create().text(72, 72, 10, "Left").text(92, 86, 10, "Indented").bytes();

    assertThat(read(pdf).lines()).extracting(l -> l.style().indent()).containsExactly(0, 20);
  }

  @Test
  void joinsHyphenatedLineEnds() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Led the develop-")
            .text(72, 84, 10, "ment of the payments platform")
            .text(72, 96, 10, "Worked with Jean-")
            .text(72, 108, 10, "Paul on the design")
            .bytes();

    assertThat(texts(read(pdf)))
        .containsExactly(
            "Led the development of the payments platform",
            "Worked with Jean-",
            "Paul on the design");
  }

  @Test
  void doesNotJoinAcrossABlockGap() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "First paragraph line one")
            .text(72, 84, 10, "first paragraph line two")
            .text(72, 96, 10, "first paragraph ends with a dash -")
            .text(72, 108, 10, "last line of the first paragraph, well-")
            .text(72, 150, 10, "known fact starts the next one")
            .bytes();

    assertThat(texts(read(pdf))).hasSize(5).contains("known fact starts the next one");
  }

  @Test
  void blankGapStartsABlock() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Line one")
            .text(72, 84, 10, "Line two")
            .text(72, 96, 10, "Line three")
            .text(72, 130, 10, "After a gap")
            .text(72, 142, 10, "Right after")
            .page()
            .text(72, 72, 10, "New page")
            .bytes();

    assertThat(read(pdf).lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, false, false, true, false, true);
  }

  @Test
  void linkAnnotationBecomesALinkOnItsLine() throws Exception {
    TestPdf pdf = TestPdf.create();
    String prefix = "Code: ";
    float x = 72 + pdf.width(prefix, 10);
    pdf.text(72, 72, 10, prefix + "github.com/jane")
        .link(x - 1, 62, pdf.width("github.com/jane", 10) + 2, 14, "https://github.com/jane")
        .text(72, 86, 10, "Mail me")
        .link(70, 76, 60, 14, "mailto:jane@example.com");

    List<Line> lines = read(pdf.bytes()).lines();

    assertThat(lines.get(0).links())
        .containsExactly(new Link("github.com/jane", "https://github.com/jane"));
    assertThat(lines.get(1).links())
        .containsExactly(new Link("Mail me", "mailto:jane@example.com"));
  }

  @Test
  void twoColumnsAreNotInterleaved() throws Exception {
    TestPdf pdf = TestPdf.create();
    for (int row = 0; row < 4; row++) {
      pdf.text(50, 72 + 14 * row, 10, "Left " + row);
    }
    for (int row = 0; row < 4; row++) {
      pdf.text(320, 72 + 14 * row, 10, "Right " + row);
    }

    TextDocument doc = read(pdf.bytes());

    assertThat(texts(doc))
        .containsExactly(
            "Left 0", "Left 1", "Left 2", "Left 3", "Right 0", "Right 1", "Right 2", "Right 3");
    assertThat(doc.lines().get(4).style().blockStart()).isTrue();
    assertThat(doc.lines())
        .extracting(l -> l.style().column())
        .containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
    // Indents count from the column's own left edge.
    assertThat(doc.lines().get(4).style().indent()).isZero();
  }

  @Test
  void headingDrawnAfterItsSectionIsReadInPlace() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "A summary of a long career in building software systems.")
            .text(72, 120, 10, "Acme Corporation, senior engineer, built the billing system.")
            .bold(250, 100, 12, "EXPERIENCE")
            .bytes();

    assertThat(texts(read(pdf)))
        .containsExactly(
            "A summary of a long career in building software systems.",
            "EXPERIENCE",
            "Acme Corporation, senior engineer, built the billing system.");
  }

  @Test
  void insertsSpacesAtWordGapsThatHaveNoSpaceCharacter() throws Exception {
    TestPdf pdf = TestPdf.create();
    float data = pdf.width("Data", 10);
    float mining = pdf.width("Mining", 10);
    pdf.text(72, 72, 10, "Data")
        // 0.13 em: narrower than PDFBox's own space estimate for Helvetica, wider than kerning.
        .text(72 + data + 1.3f, 72, 10, "Mining")
        .text(72 + data + 1.3f + mining + 0.3f, 72, 10, "s")
        .text(72, 86, 10, "Next line");

    assertThat(texts(read(pdf.bytes()))).containsExactly("Data Minings", "Next line");
  }

  @Test
  void encryptedWithUserPasswordIsEncrypted() {
    byte[] pdf = TestPdf.create().text(72, 72, 10, "Secret").encrypted("owner", "user");

    assertThatThrownBy(() -> read(pdf))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED))
        .hasMessageNotContaining("Secret");
  }

  @Test
  void encryptedWithOwnerPasswordOnlyIsRead() throws Exception {
    byte[] pdf = TestPdf.create().text(72, 72, 10, "Readable").encrypted("owner", "");

    assertThat(texts(read(pdf))).containsExactly("Readable");
  }

  @Test
  void truncatedBytesAreCorrupt() {
    byte[] pdf = TestPdf.create().text(72, 72, 10, "Some text").bytes();

    assertReason(Arrays.copyOf(pdf, pdf.length / 3), Reason.CORRUPT);
  }

  @Test
  void junkAfterHeaderIsCorrupt() {
    byte[] junk =
        "%PDF-1.7\n\u0001\u0002 this is not a pdf at all \u00ff\u00fe"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertReason(junk, Reason.CORRUPT);
  }

  @Test
  void notAPdfIsCorrupt() {
    assertReason("Jane Doe\nEngineer\n".getBytes(StandardCharsets.UTF_8), Reason.CORRUPT);
  }

  @Test
  void emptyPageHasNoText() {
    assertReason(TestPdf.create().page().bytes(), Reason.NO_TEXT);
  }

  @Test
  void whitespaceOnlyPageHasNoText() {
    assertReason(TestPdf.create().text(72, 72, 10, "    ").bytes(), Reason.NO_TEXT);
  }

  @Test
  void pagesPastTheLimitAreNotRead() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Page one")
            .page()
            .text(72, 72, 10, "Page two")
            .page()
            .text(72, 72, 10, "Page three")
            .bytes();

    TextDocument doc = read(pdf, new ParseLimits(1 << 20, 2, 100, 100));

    assertThat(texts(doc)).containsExactly("Page one", "Page two");
    assertThat(doc.pages()).isEqualTo(3);
    assertThat(doc.warnings()).containsExactly("truncated");
  }

  @Test
  void linesAndLineLengthAreBounded() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "abcdefghijklmnopqrstuvwxyz")
            .text(72, 86, 10, "second")
            .text(72, 100, 10, "third")
            .bytes();

    TextDocument doc = read(pdf, new ParseLimits(1 << 20, 10, 2, 10));

    assertThat(texts(doc)).containsExactly("abcdefghij", "second");
    assertThat(doc.warnings()).containsExactly("truncated");
  }

  @Test
  void inputOverTheByteLimitIsTooLarge() {
    byte[] pdf = TestPdf.create().text(72, 72, 10, "Some text").bytes();
    PdfReader reader = new PdfReader(new ParseLimits(100, 10, 10, 10));

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(pdf), SOURCE))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  private static void assertReason(byte[] bytes, Reason reason) {
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static TextDocument read(byte[] pdf) throws DocumentException {
    return read(pdf, ParseLimits.DEFAULT);
  }

  private static TextDocument read(byte[] pdf, ParseLimits limits) throws DocumentException {
    return new PdfReader(limits).read(new ByteArrayInputStream(pdf), SOURCE);
  }

  private static List<String> texts(TextDocument doc) {
    return texts(doc.lines());
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }
}
