package dev.vitae.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CorpusManifestTest {
  private static final String HEADER = "file\tgold\trenderer\tformat\tlang\n";

  @Test
  void readsRowsInOrderSkippingBlankAndCommentLines() {
    CorpusManifest manifest =
        CorpusManifest.parse(
            HEADER
                + "theme-paper/en-01.pdf\ten-01.json\ttheme-paper\tpdf\ten\n"
                + "\n# a comment\n"
                + "text-caps/zh-02.txt\tzh-02.json\ttext-caps\ttxt\tzh\r\n");

    assertThat(manifest.rows())
        .containsExactly(
            new CorpusManifest.Row(
                "theme-paper/en-01.pdf", "en-01.json", "theme-paper", "pdf", "en"),
            new CorpusManifest.Row("text-caps/zh-02.txt", "zh-02.json", "text-caps", "txt", "zh"));
  }

  @Test
  void refusesAMissingHeaderShortRowsAndRepeatedFiles() {
    assertThatThrownBy(() -> CorpusManifest.parse("a\tb\tc\td\te\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> CorpusManifest.parse(HEADER + "a.pdf\tg.json\tr\tpdf\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("five");
    assertThatThrownBy(() -> CorpusManifest.parse(HEADER + "a.pdf\tg.json\tr\tpdf\t \n"))
        .hasMessageContaining("non-empty");
    assertThatThrownBy(
            () -> CorpusManifest.parse(HEADER + "a.pdf\tg\tr\tpdf\ten\na.pdf\tg\tr\tpdf\ten\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("twice");
  }

  @Test
  void splitNamesTheHalfOfEachRenderer() {
    RendererSplit split =
        RendererSplit.parse("# why\nrenderer\thalf\ntheme-paper\ttuning\ntext-caps\tcheck\n");

    assertThat(split.findHalf("theme-paper")).contains(RendererSplit.Half.TUNING);
    assertThat(split.findHalf("text-caps")).contains(RendererSplit.Half.CHECK);
    assertThat(split.findHalf("theme-kwan")).isEmpty();
  }

  @Test
  void splitRefusesUnknownHalvesAndRepeatedRenderers() {
    assertThatThrownBy(() -> RendererSplit.parse("a\tmaybe\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("tuning or check");
    assertThatThrownBy(() -> RendererSplit.parse("a\ttuning\na\tcheck\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> RendererSplit.parse("a tuning\n")).hasMessageContaining("two");
  }
}
