package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.testdata.TestData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus's hand-written gold ({@code testdata/devcorpus/gold}): every file is a
 * JSON Resume that validates against the schema, holds no {@code meta}, and is named for its
 * language ({@code en-*}, {@code zh-*}); there are at least 60, 30 English and 20 Chinese.
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
  void holdsEnoughOfEachLanguage() {
    List<String> golds = golds().toList();

    assertThat(golds).hasSizeGreaterThanOrEqualTo(60);
    assertThat(golds.stream().filter(f -> f.startsWith("en-"))).hasSizeGreaterThanOrEqualTo(30);
    assertThat(golds.stream().filter(f -> f.startsWith("zh-"))).hasSizeGreaterThanOrEqualTo(20);
  }
}
