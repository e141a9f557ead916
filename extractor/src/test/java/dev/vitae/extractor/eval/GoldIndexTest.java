package dev.vitae.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldIndexTest {

  @Test
  void readsRowsAfterTheHeaderSkippingCommentsAndBlankLines() {
    GoldIndex index =
        GoldIndex.parse("gold\tfile\n# a comment\na.json\ta.pdf\r\n\nb.json\tsub/b.md\n");

    assertThat(index.sources())
        .containsExactly(Map.entry("a.json", "a.pdf"), Map.entry("b.json", "sub/b.md"));
    assertThat(index.findSource("b.json")).contains("sub/b.md");
    assertThat(index.findSource("c.json")).isEmpty();
  }

  @Test
  void headerIsOptional() {
    assertThat(GoldIndex.parse("a.json\ta.pdf").sources()).containsOnlyKeys("a.json");
  }

  @Test
  void rejectsRowsWithoutTwoColumnsNamingTheLine() {
    assertThatThrownBy(() -> GoldIndex.parse("a.json\ta.pdf\nb.json\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> GoldIndex.parse("a.json\ta.pdf\textra\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAGoldFileListedTwice() {
    assertThatThrownBy(() -> GoldIndex.parse("a.json\ta.pdf\na.json\ta.md\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }
}
