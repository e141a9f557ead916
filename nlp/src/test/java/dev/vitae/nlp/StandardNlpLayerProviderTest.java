package dev.vitae.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpLayerProvider;
import org.junit.jupiter.api.Test;

class StandardNlpLayerProviderTest {

  @Test
  void isFoundThroughItsServiceFile() {
    assertThat(NlpLayerProvider.find(getClass().getClassLoader()))
        .get()
        .isInstanceOf(StandardNlpLayerProvider.class);
  }

  @Test
  void buildsTheShippedLayerOfEntitiesAndLanguages() {
    NlpLayer layer = new StandardNlpLayerProvider().create();

    assertThat(layer.findEnglishEntities()).get().isInstanceOf(CoreNlpEntityRecognizer.class);
    assertThat(layer.findLanguages()).get().isInstanceOf(OpenNlpLanguageDetector.class);
    assertThat(layer.findEnglishSentences()).isEmpty();
  }
}
