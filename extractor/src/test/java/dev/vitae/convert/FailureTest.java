package dev.vitae.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void writesTheLineOfErrorsJsonlAndDeadLetters() {
    Failure failure = new Failure("a/c.pdf", Reason.ENCRYPTED, "the PDF is encrypted");

    assertThat(failure.toJson())
        .isEqualTo(
            "{\"file\":\"a/c.pdf\",\"reason\":\"encrypted\",\"message\":\"the PDF is encrypted\"}");
    assertThat(failure.describe()).isEqualTo("a/c.pdf: encrypted: the PDF is encrypted");
  }

  @Test
  void describesABugByTypeAndFrameWithoutItsMessage() {
    Failure failure = Failure.internal("b.txt", new IllegalArgumentException("Jane Doe"));

    assertThat(failure.reason()).isEqualTo(Reason.INTERNAL);
    assertThat(failure.message())
        .matches(
            "unexpected IllegalArgumentException at dev\\.vitae\\.convert\\.FailureTest\\."
                + "describesABugByTypeAndFrameWithoutItsMessage:\\d+");
  }

  @Test
  void aTimeoutSaysHowLongInSeconds() {
    assertThat(Failure.timedOut("c.docx", Duration.ofMillis(1500)))
        .isEqualTo(new Failure("c.docx", Reason.TIMEOUT, "not done after 1.5 s"));
  }
}
