package dev.vitae.extractor.publications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Publication;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationsExtractorTest {
  private static List<Publication> publications(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new PublicationsExtractor().extract(doc, draft);
    return draft.publications().stream().map(Drafted::value).toList();
  }

  @Test
  void readsCitationsAsTitleVenueAndYear() {
    List<Publication> p =
        publications(
            "## Publications",
            "- Okonkwo, A. and Lind, B. Sparse tide models for estuaries. Journal of Coastal"
                + " Research, 2021.",
            "- A. Okonkwo, \"Salt wedges in narrow channels,\" Estuarine Letters, 2019.",
            "- [Dredging without tears](https://example.org/dredging), 2017");
    assertThat(p)
        .extracting(Publication::name)
        .containsExactly(
            "Sparse tide models for estuaries",
            "Salt wedges in narrow channels",
            "Dredging without tears");
    assertThat(p.get(0).publisher()).isEqualTo("Journal of Coastal Research");
    assertThat(p.get(1).publisher()).isEqualTo("Estuarine Letters");
    assertThat(p.get(0).releaseDate()).hasToString("2021");
    assertThat(p.get(2).url()).isEqualTo("https://example.org/dredging");
  }

  @Test
  void readsOneParagraphPerWorkAndChineseTitles() {
    List<Publication> p =
        publications("## 发表论文", "王芳，李强。《城市内涝的雷达预报》，气象学报，2020。", "", "王芳。《海绵城市的降雨模拟》，水利学报，2018。");
    assertThat(p).extracting(Publication::name).containsExactly("城市内涝的雷达预报", "海绵城市的降雨模拟");
    assertThat(p.get(0).releaseDate()).hasToString("2020");
  }
}
