package dev.vitae.parser.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TesseractTest {

  @Test
  void missingCommandFailsWithoutTimingOut() {
    Tesseract tesseract =
        new Tesseract(Path.of("/nonexistent/bin/tesseract"), "eng", Duration.ofSeconds(5));

    assertThatThrownBy(() -> tesseract.recognize(new byte[] {1, 2, 3}))
        .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.timedOut()).isFalse());
  }

  @Test
  void unknownLanguagesFindNothing() {
    assertThat(Tesseract.find("xx_none", Duration.ofSeconds(5))).isEmpty();
  }
}
