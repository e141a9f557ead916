package dev.vitae.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vitae.extractor.nlp.Entity;
import dev.vitae.extractor.nlp.EntityRecognizer;
import dev.vitae.extractor.nlp.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Loads the real 3-class CRF model. */
class CoreNlpEntityRecognizerIT {
  // One per class: the model loads once for every test, as it does once per process.
  private static final CoreNlpEntityRecognizer NER = new CoreNlpEntityRecognizer();

  @Test
  void theModelIsOnTheClasspath() {
    assertThat(CoreNlpEntityRecognizer.isAvailable()).isTrue();
  }

  @Test
  void findsPeopleOrganizationsAndPlaces() {
    List<Entity> entities =
        NER.recognize("Debarghya Das, Software Engineer at Facebook, Menlo Park");
    assertThat(entities)
        .extracting(Entity::text, Entity::type)
        .contains(
            tuple("Debarghya Das", EntityType.PERSON),
            tuple("Facebook", EntityType.ORGANIZATION),
            tuple("Menlo Park", EntityType.LOCATION));
    for (Entity e : entities) {
      assertThat(e.score()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Somerville, MA | Ron Adams";
    for (Entity e : NER.recognize(text)) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void oddInputGivesNoEntities() {
    assertThat(NER.recognize("")).isEmpty();
    assertThat(NER.recognize("   ")).isEmpty();
    assertThat(NER.recognize("2019 - 2021 | +1 555 0100")).isEmpty();
    assertThatThrownBy(() -> NER.recognize("x".repeat(EntityRecognizer.MAX_TEXT + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    String text = "Marissa Mayer, President of Yahoo!, Sunnyvale";
    List<Entity> expected = NER.recognize(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> NER.recognize(text)));
      }
      for (Future<List<Entity>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
