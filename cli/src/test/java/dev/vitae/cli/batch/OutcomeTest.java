package dev.vitae.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.convert.Failure;
import dev.vitae.parser.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static final Path FILE = Path.of("a/b.pdf");

  @Test
  void aFailedOutcomeHasItsReasonAndMessage() {
    Outcome failed = Outcome.failed(FILE, Reason.CORRUPT, "no xref");

    assertThat(failed.requireReason()).isEqualTo(Reason.CORRUPT);
    assertThat(failed.requireMessage()).isEqualTo("no xref");
    assertThat(failed.describe()).isEqualTo("a/b.pdf: corrupt: no xref");
  }

  @Test
  void anOutcomeThatDidNotFailHasNoReasonToRequire() {
    for (Outcome outcome : List.of(Outcome.parsed(FILE), Outcome.unchanged(FILE))) {
      assertThatThrownBy(outcome::requireReason).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(outcome::requireMessage).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anUnwrittenOutputStopsTheBatchWithTheOutputCodeAndNoDocumentReason() {
    Outcome unwritten = Outcome.unwritten(FILE, "cannot write output: disk full");

    assertThat(unwritten.isFailure()).isTrue();
    assertThat(unwritten.stopsBatch()).isTrue();
    assertThat(unwritten.code()).isEqualTo("output");
    assertThat(unwritten.describe()).isEqualTo("a/b.pdf: output: cannot write output: disk full");
    assertThat(ErrorLog.line(unwritten))
        .isEqualTo(
            "{\"file\":\"a/b.pdf\",\"reason\":\"output\","
                + "\"message\":\"cannot write output: disk full\"}");
    assertThatThrownBy(unwritten::requireReason).isInstanceOf(IllegalStateException.class);
    assertThat(Outcome.failed(FILE, Reason.IO, "gone").stopsBatch()).isFalse();
    assertThatThrownBy(() -> new Outcome(FILE, Outcome.Status.UNWRITTEN, Reason.IO, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTallyCountsUnwrittenOutputsAsFailuresUnderTheOutputCode() {
    Tally tally = new Tally();
    tally.addFailed(Outcome.failed(FILE, Reason.CORRUPT, "no xref"));
    tally.addFailed(Outcome.unwritten(FILE, "cannot write output"));
    tally.addFailed(Outcome.unwritten(FILE, "cannot write output"));

    assertThat(tally.failed()).isEqualTo(3);
    assertThat(tally.unwritten()).isEqualTo(2);
    assertThat(tally.failed(Reason.CORRUPT)).isEqualTo(1);
    assertThat(tally.failuresByReason()).isEqualTo("output 2, corrupt 1");
  }

  @Test
  void aFailureFromTheSharedStepKeepsItsReasonAndMessage() {
    Outcome outcome =
        Outcome.failed(FILE, new Failure("a/b.pdf", Reason.ENCRYPTED, "the PDF is encrypted"));

    assertThat(outcome.describe()).isEqualTo("a/b.pdf: encrypted: the PDF is encrypted");
    assertThat(Outcome.timedOut(FILE, Duration.ofSeconds(2)).describe())
        .isEqualTo("a/b.pdf: timeout: not done after 2.0 s");
  }

  @Test
  void aRunWithoutATimeoutHasNoneToRequire() {
    assertThat(Limits.DEFAULT.requireTimeout()).isEqualTo(Duration.ofMinutes(1));
    Limits unlimited = new Limits(null, Limits.DEFAULT.parse(), false);
    assertThatThrownBy(unlimited::requireTimeout).isInstanceOf(IllegalStateException.class);
  }
}
