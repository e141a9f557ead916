package dev.vitae.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Vitae;
import dev.vitae.convert.Conversion;
import dev.vitae.convert.Failure;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import org.junit.jupiter.api.Test;

/**
 * The library facade with the NLP layer, as {@code docs/library.md} shows it: this module on the
 * class path is all it takes, and the models load in {@code build()}.
 */
class VitaeNlpIT {
  private static final String SAMPLE = "corpus/wild/0xa1337-resume.pdf";

  @Test
  void nlpOnFindsTheLayerOnTheClassPathAndConvertsASampleAndABadFile() {
    Vitae vitae = Vitae.builder().nlp(true).build();

    Conversion sample = vitae.parse(TestData.path(SAMPLE));
    Conversion bad = vitae.parse(TestData.path("hostile/encrypted.pdf"));

    Resume resume = sample.requireResume();
    VitaeMeta meta = resume.meta().vitae();
    assertThat(meta.source().languages()).contains("en");
    assertThat(meta.fields()).as("the layer's decisions").isNotEmpty();
    assertThat(resume.basics().name()).isNotBlank();
    Failure failure = bad.requireFailure();
    assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(failure.file()).endsWith("encrypted.pdf");
  }

  @Test
  void loadingALayerLoadsItsModelsNow() {
    NlpLayer layer = NlpModels.standard();
    CoreNlpEntityRecognizer entities =
        (CoreNlpEntityRecognizer) layer.findEnglishEntities().orElseThrow();
    OpenNlpLanguageDetector languages =
        (OpenNlpLanguageDetector) layer.findLanguages().orElseThrow();
    assertThat(entities.isLoaded()).isFalse();
    assertThat(languages.isLoaded()).isFalse();

    layer.load();

    assertThat(entities.isLoaded()).isTrue();
    assertThat(languages.isLoaded()).isTrue();
  }
}
