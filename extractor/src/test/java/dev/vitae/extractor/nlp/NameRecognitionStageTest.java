package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Skill;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRecognitionStageTest {

  private static ResumeDraft run(FakeRecognizer ner, TextDocument doc, String ruleName, int line) {
    ResumeDraft draft = Docs.draft(doc);
    if (ruleName != null) {
      draft.setName(Drafted.at(ruleName, line));
    }
    new NameRecognitionStage(ner).extract(doc, draft);
    return draft;
  }

  @Test
  void declaresSlots() {
    NameRecognitionStage stage = new NameRecognitionStage(new FakeRecognizer());
    assertThat(stage.requires()).containsExactlyInAnyOrder(Slot.BASICS, Slot.SKILLS);
    assertThat(stage.provides()).isEmpty();
  }

  @Test
  void confirmsTheRulesName() {
    TextDocument doc = Docs.of("Ron Adams", "ron@example.com");
    ResumeDraft draft =
        run(new FakeRecognizer().tag("Ron Adams", EntityType.PERSON, 0.9), doc, "Ron Adams", 0);
    assertThat(draft.name().orElseThrow().value()).isEqualTo("Ron Adams");
    assertThat(draft.decisions().get("basics.name")).isEqualTo(new Decision(Method.RULE_NER, 0.95));
  }

  @Test
  void keepsAnUnconfirmedRuleName() {
    TextDocument doc = Docs.of("Ron Adams", "ron@example.com");
    ResumeDraft draft = run(new FakeRecognizer(), doc, "Ron Adams", 0);
    assertThat(draft.name().orElseThrow().value()).isEqualTo("Ron Adams");
    assertThat(draft.decisions().get("basics.name").by()).isEqualTo(Method.RULE);
  }

  @Test
  void replacesAHandleWithAPersonFromTheHeader() {
    TextDocument doc =
        Docs.of("Last updated 2015", "# Debarghya Das", "deedy@example.com | 607 379 5733");
    ResumeDraft draft =
        run(new FakeRecognizer().tag("Debarghya Das", EntityType.PERSON, 0.96), doc, "deedy", 2);
    assertThat(draft.name().orElseThrow().value()).isEqualTo("Debarghya Das");
    assertThat(draft.name().orElseThrow().firstLine()).isEqualTo(1);
    assertThat(draft.decisions().get("basics.name")).isEqualTo(new Decision(Method.NER, 0.96));
  }

  @Test
  void findsANameTheRulesMissedInALineSegment() {
    TextDocument doc = Docs.of("Jane Q Doe | Boston");
    ResumeDraft draft =
        run(new FakeRecognizer().tag("Jane Q Doe", EntityType.PERSON, 0.9), doc, null, -1);
    assertThat(draft.name().orElseThrow().value()).isEqualTo("Jane Q Doe");
  }

  @Test
  void ignoresWeakSingleWordAndSkillPersons() {
    TextDocument doc = Docs.of("Kafka Streams", "Madonna", "Weak Guess");
    ResumeDraft draft = Docs.draft(doc);
    draft.skills().add(Drafted.at(new Skill("Tools", null, List.of("Kafka", "Streams")), 0));
    FakeRecognizer ner =
        new FakeRecognizer()
            .tag("Kafka Streams", EntityType.PERSON, 0.99)
            .tag("Madonna", EntityType.PERSON, 0.99)
            .tag("Weak Guess", EntityType.PERSON, 0.4);
    new NameRecognitionStage(ner).extract(doc, draft);
    assertThat(draft.name()).isEmpty();
    assertThat(draft.decisions()).isEmpty();
  }

  @Test
  void neverAsksAboutHanLines() {
    TextDocument doc = Docs.of("林星辰", "电话：123");
    FakeRecognizer ner = new FakeRecognizer();
    run(ner, doc, null, -1);
    assertThat(ner.calls).isZero();
  }

  @Test
  void tellsHandlesFromNames() {
    assertThat(NameRecognitionStage.isHandle("xieydd")).isTrue();
    assertThat(NameRecognitionStage.isHandle("deedy.das")).isTrue();
    assertThat(NameRecognitionStage.isHandle("Ron Adams")).isFalse();
    assertThat(NameRecognitionStage.isHandle("林星辰")).isFalse();
  }
}
