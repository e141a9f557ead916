package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.eval.CorpusManifest;
import dev.vitae.extractor.eval.RendererSplit;
import dev.vitae.testdata.TestData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus's hand-written gold ({@code testdata/devcorpus/gold}): every file is a
 * JSON Resume that validates against the schema, holds no {@code meta}, and is named for its
 * language ({@code en-*}, {@code zh-*}); there are at least 60, 30 English and 20 Chinese. The
 * committed sample of the rendered corpus has every renderer of the split, each in a half.
 */
class DevCorpusGoldTest {
  static final String FOLDER = "devcorpus/gold";

  static Stream<String> golds() {
    return TestData.list(FOLDER).stream().filter(f -> f.endsWith(".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golds")
  void validatesAndIsNamedForItsLanguage(String file) {
    String json = TestData.text(FOLDER + "/" + file);

    assertThat(CorpusFiles.schemaErrors(json)).as("schema errors of %s", file).isEmpty();
    assertThat(CorpusFiles.readTree(json).has("meta")).as("%s holds meta", file).isFalse();
    boolean han =
        json.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    assertThat(file).matches("(en|zh)-\\d{2}-[a-z0-9-]+\\.json");
    assertThat(han).as("%s has Chinese text", file).isEqualTo(file.startsWith("zh-"));
  }

  @Test
  void theSplitPutsEveryRendererOfTheSampleInAHalf() {
    RendererSplit split = RendererSplit.parse(TestData.text("devcorpus/split.tsv"));
    CorpusManifest sample =
        CorpusManifest.parse(TestData.text("devcorpus/sample/" + CorpusManifest.FILE_NAME));

    assertThat(split.halves()).containsValues(RendererSplit.Half.TUNING, RendererSplit.Half.CHECK);
    for (CorpusManifest.Row row : sample.rows()) {
      assertThat(split.findHalf(row.renderer())).as("half of %s", row.renderer()).isPresent();
      assertThat(TestData.path("devcorpus/sample/" + row.file())).isRegularFile();
      assertThat(TestData.path("devcorpus/gold/" + row.gold())).isRegularFile();
    }
    assertThat(sample.rows().stream().map(CorpusManifest.Row::renderer).distinct())
        .containsExactlyInAnyOrderElementsOf(split.halves().keySet());
  }

  @Test
  void holdsEnoughOfEachLanguage() {
    List<String> golds = golds().toList();

    assertThat(golds).hasSizeGreaterThanOrEqualTo(60);
    assertThat(golds.stream().filter(f -> f.startsWith("en-"))).hasSizeGreaterThanOrEqualTo(30);
    assertThat(golds.stream().filter(f -> f.startsWith("zh-"))).hasSizeGreaterThanOrEqualTo(20);
  }
}
