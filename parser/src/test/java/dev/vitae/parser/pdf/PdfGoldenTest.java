package dev.vitae.parser.pdf;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reader golden files for PDF ({@link ReaderGolden}): each document is built here with PDFBox, one
 * per class of layout the reader must read faithfully.
 */
class PdfGoldenTest {
  private static final Source SOURCE = Source.named("cv.pdf", "application/pdf");
  private static final float RIGHT = 540;

  @Test
  void chromiumDrawsTheRightAlignedDateBeforeTheTitle() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 60, 20, "Jane Doe");
    pdf.text(72, 78, 10, "Berlin, Germany · jane@example.org");
    pdf.bold(72, 108, 12, "EXPERIENCE");
    entry(pdf, 126, "Software Engineering Intern at Acme", "May 2024 – Aug 2024");
    pdf.text(72, 140, 10, "Built the billing service that replaced a nightly batch job.");
    pdf.text(72, 154, 10, "Wrote the integration tests for the payment gateway.");
    entry(pdf, 176, "Data Analyst at Initech", "Jan 2023 – Apr 2024");
    pdf.text(72, 190, 10, "Automated the weekly sales report.");
    pdf.bold(72, 220, 12, "EDUCATION");
    entry(pdf, 238, "BS in Computer Science, Cornell University", "2019 – 2023");
    pdf.text(72, 252, 10, "Dean's list, teaching assistant for Algorithms.");

    ReaderGolden.assertMatches("pdf/chromium-date-first", read(pdf.bytes()));
  }

  @Test
  void vectorBulletsMakeListItems() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 72, 12, "EXPERIENCE");
    // A rule under the heading: a thin filled rectangle across the page, not a bullet.
    pdf.box(72, 76, RIGHT - 72, 0.8f);
    pdf.bold(72, 94, 10, "Acme Corporation");
    bulleted(pdf, 108, 84, "Built the billing system that replaced the mainframe.");
    bulleted(pdf, 122, 84, "Cut the cloud bill by a third in one quarter.");
    // A nested item with a square bullet.
    pdf.box(96, 132.5f, 3, 3).text(104, 136, 10, "Moved the batch jobs to spot instances.");
    bulleted(pdf, 150, 84, "Led a team of four engineers.");
    pdf.text(72, 168, 10, "Acme builds payment software for small shops.");
    // A grey band behind a heading: filled, but far larger than a bullet.
    pdf.box(68, 186, 120, 16).bold(72, 198, 12, "SKILLS");
    pdf.box(74, 212.5f, 3.5f, 3.5f).text(84, 216, 10, "Java, Kotlin, SQL");
    pdf.box(74, 226.5f, 3.5f, 3.5f).text(84, 230, 10, "Kubernetes, Terraform");

    ReaderGolden.assertMatches(
        "pdf/vector-bullets",
        new PdfReader(ParseLimits.DEFAULT, PdfOptions.DEFAULT, true)
            .read(new ByteArrayInputStream(pdf.bytes()), SOURCE));
  }

  @Test
  void letterSpacedAndSmallCapsHeadingsAreJoined() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 60, 20, "Jane Doe");
    pdf.spaced(72, 96, 12, true, 3, "SKILLS");
    pdf.text(72, 112, 10, "A B testing, C C++ and Go; read J. R. R. Tolkien twice.");
    // Small caps as browsers synthesize them: the capital, then smaller capitals a little apart.
    float e = pdf.width("E", 12);
    pdf.text(72, 140, 12, "E").text(72 + e + 2, 140, 9.6f, "XPERIENCE");
    pdf.text(72, 156, 10, "Software Engineer at Acme, 2019 – 2021");
    pdf.spaced(72, 184, 12, true, 3, "WORK HISTORY");
    pdf.text(72, 200, 10, "Data Analyst at Initech, 2016 – 2019");
    float p = pdf.width("P", 12);
    pdf.text(72, 228, 12, "P").text(72 + p, 228, 9.6f, "UBLICATIONS");
    pdf.text(72, 244, 10, "A paper on B trees, with X Y Zhang.");

    ReaderGolden.assertMatches("pdf/letter-spaced-headings", read(pdf.bytes()));
  }

  // A heading drawn as Chromium prints a float: the right-aligned date first, then the title.
  private static void entry(TestPdf pdf, float y, String title, String date) {
    pdf.text(RIGHT - pdf.width(date, 10), y, 10, date).bold(72, y, 11, title);
  }

  // A disc bullet of a 10-point line, drawn as four curves before the text at textX.
  private static void bulleted(TestPdf pdf, float y, float textX, String text) {
    pdf.circle(textX - 8, y - 3.2f, 1.8f).text(textX, y, 10, text);
  }

  private static TextDocument read(byte[] bytes) throws DocumentException {
    return new PdfReader().read(new ByteArrayInputStream(bytes), SOURCE);
  }
}
