package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Location;
import dev.vitae.parser.TextDocument;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationRecognitionStageTest {

  @Test
  void readsCityRegionAndCountryFromOneSpan() {
    assertThat(LocationRecognitionStage.place("Somerville MA USA", " ron@example.com"))
        .contains(new Location(null, null, "Somerville", "US", "MA"));
  }

  @Test
  void readsTheRegionAfterTheSpan() {
    assertThat(LocationRecognitionStage.place("Sunnyvale", ", CA | 555"))
        .contains(new Location(null, null, "Sunnyvale", "US", "CA"));
    assertThat(LocationRecognitionStage.place("Toronto", " ON"))
        .contains(new Location(null, null, "Toronto", "CA", "ON"));
  }

  @Test
  void readsCityAndCountry() {
    assertThat(LocationRecognitionStage.place("Beijing, China", ""))
        .contains(new Location(null, null, "Beijing", "CN", null));
  }

  @Test
  void rejectsSpansNotShapedLikePlaces() {
    assertThat(LocationRecognitionStage.place("hello world", "")).isEmpty();
    assertThat(LocationRecognitionStage.place("", "")).isEmpty();
  }

  @Test
  void findsAHeaderLocationTheRulesMissed() {
    TextDocument doc =
        Docs.of(
            "Ron Adams", "Somerville MA USA ron@example.com", "## Experience", "Acme, Boston MA");
    ResumeDraft draft = Docs.draft(doc);
    FakeRecognizer ner =
        new FakeRecognizer()
            .tag("Somerville MA USA", EntityType.LOCATION, 0.7)
            .tag("Boston", EntityType.LOCATION, 0.99);
    new LocationRecognitionStage(ner).extract(doc, draft);
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "Somerville", "US", "MA"));
    assertThat(draft.decisions().get("basics.location")).isEqualTo(new Decision(Method.NER, 0.7));
  }

  @Test
  void neverTakesAPlaceFromAnEntry() {
    TextDocument doc = Docs.of("Ron Adams", "## Experience", "Acme, Boston MA");
    ResumeDraft draft = Docs.draft(doc);
    new LocationRecognitionStage(new FakeRecognizer().tag("Boston", EntityType.LOCATION, 0.99))
        .extract(doc, draft);
    assertThat(draft.location()).isEmpty();
  }

  @Test
  void confirmsTheRulesLocation() {
    TextDocument doc = Docs.of("Ron Adams", "Lyon, France");
    ResumeDraft draft = Docs.draft(doc);
    draft.setLocation(Drafted.at(new Location(null, null, "Lyon", "FR", null), 1));
    new LocationRecognitionStage(new FakeRecognizer().tag("Lyon", EntityType.LOCATION, 0.8))
        .extract(doc, draft);
    assertThat(draft.location().map(Drafted::value))
        .isEqualTo(Optional.of(new Location(null, null, "Lyon", "FR", null)));
    assertThat(draft.decisions().get("basics.location"))
        .isEqualTo(new Decision(Method.RULE_NER, 0.9));
  }
}
