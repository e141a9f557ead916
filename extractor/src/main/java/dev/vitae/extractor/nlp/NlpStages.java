package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.Slot;
import java.util.ArrayList;
import java.util.List;

/** Places the NLP layer's stages among the rule stages. */
public final class NlpStages {
  private NlpStages() {}

  /**
   * {@code rules} with the stages the layer's models allow: language detection right after the
   * stage that provides {@link Slot#DOCUMENT_LANGUAGE} (so that later rules see it), and the entity
   * and sentence stages after the last rule stage, where they confirm or correct finished fields. A
   * model the layer lacks adds no stage.
   */
  public static List<Extractor> around(List<Extractor> rules, NlpLayer nlp) {
    List<Extractor> out = new ArrayList<>();
    for (Extractor stage : rules) {
      out.add(stage);
      if (stage.provides().contains(Slot.DOCUMENT_LANGUAGE)) {
        nlp.findLanguages().ifPresent(d -> out.add(new LanguageDetectionStage(d)));
      }
    }
    nlp.findEnglishEntities()
        .ifPresent(
            r -> {
              out.add(new NameRecognitionStage(r));
              out.add(new EmployerRecognitionStage(r));
              out.add(new LocationRecognitionStage(r));
            });
    nlp.findEnglishSentences().ifPresent(s -> out.add(new ProseSentenceStage(s)));
    return List.copyOf(out);
  }
}
