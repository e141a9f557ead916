package dev.vitae.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  private static final long SMALL = 8L << 20;

  // Kept in a field so that the allocation is not optimized away.
  private byte[][] kept = new byte[0][];

  private void allocate(long bytes) {
    kept = new byte[(int) (bytes >> 20) + 1][];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = new byte[1 << 20];
    }
  }

  @Test
  void hotSpotCountsThreadAllocation() {
    // The build runs on an OpenJDK with its management extension; elsewhere the budget degrades
    // to none, as documented.
    assumeTrue(ModuleLayer.boot().findModule("jdk.management").isPresent(), "jdk.management");
    assertThat(MemoryBudget.isSupported()).isTrue();
  }

  @Test
  void checkWithoutAnOpenBudgetPasses() {
    allocate(SMALL);
    MemoryBudget.check();
  }

  @Test
  void checkPassesWithinTheBudget() {
    try (MemoryBudget.Scope budget = MemoryBudget.open(256L << 20)) {
      allocate(SMALL);
      MemoryBudget.check();
      assertThat(budget.exceeded()).isFalse();
      assertThat(budget.limit()).isEqualTo(256L << 20);
    }
  }

  @Test
  void checkPastTheBudgetThrowsAndKeepsThrowing() {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    try (MemoryBudget.Scope budget = MemoryBudget.open(SMALL)) {
      allocate(2 * SMALL);
      assertThat(budget.allocated()).isGreaterThan(SMALL);
      assertThatThrownBy(MemoryBudget::check).isInstanceOf(MemoryBudget.Exceeded.class);
      // A library that swallowed the first one meets it again at the next checkpoint.
      assertThatThrownBy(MemoryBudget::check).isInstanceOf(MemoryBudget.Exceeded.class);
      assertThat(budget.exceeded()).isTrue();
      assertThatThrownBy(() -> budget.requireWithin("cv.html"))
          .isInstanceOfSatisfying(
              DocumentException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                assertThat(e.getMessage())
                    .isEqualTo(
                        "cv.html: too-large: reading it allocated more than the memory budget"
                            + " of 8 MB");
              });
    }
    // Closed: the thread has no budget any more.
    MemoryBudget.check();
  }

  @Test
  void scopeOpenedInsideAnotherJoinsIt() {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    try (MemoryBudget.Scope outer = MemoryBudget.open(SMALL)) {
      try (MemoryBudget.Scope inner = MemoryBudget.open(1L << 40)) {
        assertThat(inner.limit()).isEqualTo(SMALL);
      }
      // Closing the inner scope left the outer budget open.
      allocate(2 * SMALL);
      assertThatThrownBy(MemoryBudget::check).isInstanceOf(MemoryBudget.Exceeded.class);
      assertThat(outer.exceeded()).isTrue();
    }
  }

  @Test
  void budgetMustBePositive() {
    assertThatThrownBy(() -> MemoryBudget.open(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParseLimits.DEFAULT.withMaxMemory(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deeplyRepeatedHtmlFailsAsTooLargeWhileANormalDocumentPasses() throws DocumentException {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    DocumentParser small = DocumentParser.withLimits(ParseLimits.DEFAULT.withMaxMemory(32L << 20));
    byte[] normal =
        "<html><body><h1>Jordan Example</h1><p>Experience</p><p>Acme, 2020</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] heavy =
        ("<html><body>"
                + "<div><p><b>Experience</b> at <i>Acme</i>, 2020</p></div>".repeat(100_000)
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(small.parse(normal, "normal.html").lines()).isNotEmpty();
    assertThatThrownBy(() -> small.parse(heavy, "heavy.html"))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.getMessage()).contains("memory budget").doesNotContain("Acme");
            });
    // The thread's budget ended with the document: the next one starts afresh.
    assertThat(small.parse(normal, "normal.html").lines()).isNotEmpty();
  }
}
