package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionCountsTest {

  @Test
  void describesTheCountsWithReasonsInCodeOrder() {
    ConversionCounts counts =
        new ConversionCounts(8, 4, Map.of("encrypted", 1L, "corrupt", 2L, "empty-file", 1L));

    assertThat(counts.describe())
        .isEqualTo("8 parsed, 4 failed (corrupt 2, empty-file 1, encrypted 1)");
    assertThat(counts.failedByReason().keySet())
        .containsExactly("corrupt", "empty-file", "encrypted");
  }

  @Test
  void saysNothingOfReasonsWhenNothingFailed() {
    assertThat(new ConversionCounts(3, 0, Map.of()).describe()).isEqualTo("3 parsed, 0 failed");
  }
}
