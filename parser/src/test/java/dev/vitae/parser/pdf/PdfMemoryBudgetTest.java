package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader's checkpoints of the {@link MemoryBudget}: in the bytes PDFBox loads and decodes
 * streams from, and in its page and text hooks.
 */
class PdfMemoryBudgetTest {
  private static final ParseLimits SMALL = ParseLimits.DEFAULT.withMaxMemory(32L << 20);

  @Test
  void pageThatAllocatesMoreThanTheBudgetFailsAsTooLarge() throws DocumentException {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    DocumentParser parser = DocumentParser.withLimits(SMALL);
    // 200,000 lines shown on one page: PDFBox allocates a text position for every glyph.
    byte[] heavy = HostilePdfs.showing(200_000);
    byte[] normal = HostilePdfs.claimingPages("1");

    assertThatThrownBy(() -> parser.parse(heavy, "heavy.pdf"))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.getMessage()).contains("memory budget of 32 MB");
            });
    assertThat(parser.parse(normal, "normal.pdf").text()).contains("Jordan Example");
  }

  @Test
  void resourcesThatAllocateMoreThanTheBudgetAsTheyLoadFailAsTooLarge() {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    DocumentParser parser = DocumentParser.withLimits(SMALL);
    // The inflation check loads the page's resources first: the budget stops it there.
    byte[] heavy = HostilePdfs.heavyResources(3_000_000);

    assertThatThrownBy(() -> parser.parse(heavy, "heavy.pdf"))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void readerAloneUnderACallersBudgetFailsAsTooLarge() {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    byte[] heavy = HostilePdfs.showing(200_000);
    PdfReader reader = new PdfReader(ParseLimits.DEFAULT);
    try (MemoryBudget.Scope budget = MemoryBudget.open(16L << 20)) {
      assertThatThrownBy(
              () ->
                  reader.read(
                      new ByteArrayInputStream(heavy),
                      Source.named("heavy.pdf", "application/pdf")))
          .isInstanceOfSatisfying(
              DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
      assertThat(budget.exceeded()).isTrue();
    }
  }
}
