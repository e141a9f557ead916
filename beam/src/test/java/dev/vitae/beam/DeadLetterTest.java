package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

  @Test
  void writesTheLineBatchWritesToErrorsJsonl() {
    DeadLetter letter =
        DeadLetter.of(
            "a/c.pdf", new DocumentException(Reason.ENCRYPTED, "a/c.pdf", "the PDF is encrypted"));

    assertThat(letter.toJson())
        .isEqualTo(
            "{\"file\":\"a/c.pdf\",\"reason\":\"encrypted\",\"message\":\"the PDF is encrypted\"}");
  }

  @Test
  void reportsABugByTypeAndFrameWithoutItsMessage() {
    DeadLetter letter =
        DeadLetter.internal("b.txt", new IllegalStateException("Jane Doe, 555 0100"));

    assertThat(letter.reason()).isEqualTo(Reason.INTERNAL);
    assertThat(letter.message())
        .startsWith("unexpected IllegalStateException at dev.vitae.beam.DeadLetterTest.")
        .doesNotContain("Jane");
  }
}
