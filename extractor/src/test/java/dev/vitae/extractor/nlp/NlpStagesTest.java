package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ExtractionPipeline;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.Stages;
import dev.vitae.extractor.document.DocumentLanguageStage;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpStagesTest {

  @Test
  void noModelsMeansTheRulesAlone() {
    List<Extractor> stages = Stages.withNlp(NlpLayer.none());
    assertThat(names(stages)).isEqualTo(names(Stages.standard()));
  }

  @Test
  void placesDetectionAfterTheScriptsAndEntitiesAtTheEnd() {
    NlpLayer layer = NlpLayer.of(new FakeRecognizer(), text -> List.of(), text -> List.of(text));
    List<Extractor> stages = Stages.withNlp(layer);
    int script = indexOf(stages, DocumentLanguageStage.class);
    assertThat(stages.get(script + 1)).isInstanceOf(LanguageDetectionStage.class);
    assertThat(names(stages.subList(stages.size() - 4, stages.size())))
        .containsExactly(
            "NameRecognitionStage",
            "EmployerRecognitionStage",
            "LocationRecognitionStage",
            "ProseSentenceStage");
    // The pipeline checks the order at construction.
    new ExtractionPipeline(stages);
  }

  @Test
  void writesDecisionsToMetaVitae() {
    FakeRecognizer ner = new FakeRecognizer().tag("Amelia Ortiz", EntityType.PERSON, 0.9);
    ResumeExtractor extractor = ResumeExtractor.withNlp(NlpLayer.of(ner, null, null));
    Resume resume = extractor.extract(Docs.of("Amelia Ortiz", "amelia@example.com"));
    assertThat(ResumeJson.write(resume))
        .contains("\"fields\":{\"basics.name\":{\"by\":\"rule+ner\",\"score\":0.95}}");
  }

  @Test
  void rulesAloneWriteNoDecisions() {
    Resume resume =
        ResumeExtractor.standard().extract(Docs.of("Amelia Ortiz", "amelia@example.com"));
    assertThat(ResumeJson.write(resume)).doesNotContain("\"fields\"");
  }

  private static List<String> names(List<Extractor> stages) {
    return stages.stream().map(s -> s.getClass().getSimpleName()).toList();
  }

  private static int indexOf(List<Extractor> stages, Class<?> type) {
    for (int i = 0; i < stages.size(); i++) {
      if (type.isInstance(stages.get(i))) {
        return i;
      }
    }
    throw new AssertionError(type + " not in the stages");
  }
}
