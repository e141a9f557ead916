package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.ocr.Tesseract;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** OCR of unusable pages; skipped where the tesseract command is not installed (as on CI). */
class PdfOcrTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  @Test
  void garbledPageIsReadByOcrWhenAskedFor() throws Exception {
    assumeTrue(Tesseract.find("eng", Duration.ofSeconds(20)).isPresent(), "tesseract installed");
    TestPdf pdf = TestPdf.create();
    pdf.garbled(72, 100, 28, "Jane Doe");
    pdf.garbled(72, 150, 16, "Software Engineer");
    pdf.garbled(72, 180, 16, "Berlin, Germany");
    PdfReader reader = new PdfReader(ParseLimits.DEFAULT, PdfOptions.DEFAULT.withOcr(true));

    TextDocument doc = reader.read(new ByteArrayInputStream(pdf.bytes()), SOURCE);

    assertThat(doc.warnings()).containsExactly(PdfReader.OCR);
    assertThat(doc.lines()).extracting(Line::text).contains("Jane Doe", "Software Engineer");
    assertThat(doc.lines()).allSatisfy(line -> assertThat(line.page()).isEqualTo(1));
  }

  @Test
  void imageOnlyPageWithoutTextGivesNoOcrLines() throws Exception {
    assumeTrue(Tesseract.find("eng", Duration.ofSeconds(20)).isPresent(), "tesseract installed");
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Jane Doe")
            .text(72, 86, 10, "Software engineer")
            .page()
            .image(0, 0, 612, 792)
            .bytes();
    PdfReader reader = new PdfReader(ParseLimits.DEFAULT, PdfOptions.DEFAULT.withOcr(true));

    TextDocument doc = reader.read(new ByteArrayInputStream(pdf), SOURCE);

    // A blank scan reads as nothing, so the page stays flagged.
    assertThat(doc.warnings()).containsExactly(PdfReader.NO_TEXT_LAYER);
    assertThat(doc.lines()).extracting(Line::text).containsExactly("Jane Doe", "Software engineer");
  }
}
