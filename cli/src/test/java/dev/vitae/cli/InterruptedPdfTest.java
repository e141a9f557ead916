package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's watchdog reclaims a PDF past its timeout by interrupting the thread reading it. */
class InterruptedPdfTest {
  @TempDir Path tmp;

  @Test
  void interruptedThreadStopsReadingAPdf() throws IOException, DocumentException {
    Path pdf = tmp.resolve("cv.pdf");
    Pdfs.write(pdf, 3);
    DocumentParser parser = DocumentParser.withDefaults();
    assertThat(parser.parse(pdf, "cv.pdf").pages()).isEqualTo(3);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> parser.parse(pdf, "cv.pdf"))
          .isInstanceOfSatisfying(
              DocumentException.class, e -> assertThat(e.reason()).isNotEqualTo(Reason.INTERNAL))
          .hasRootCauseInstanceOf(InterruptedIOException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
