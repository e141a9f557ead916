package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void aRunWithoutATimeoutHasNoneToRequire() {
    assertThat(Limits.DEFAULT.requireTimeout()).isEqualTo(Duration.ofMinutes(1));
    Limits unlimited = new Limits(null, Limits.DEFAULT.parse(), false);
    assertThatThrownBy(unlimited::requireTimeout).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noConsoleIsNoTerminal() {
    assertThat(Main.isTerminal(null)).isFalse();
  }
}
