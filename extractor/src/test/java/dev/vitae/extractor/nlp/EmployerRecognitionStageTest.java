package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.model.Work;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerRecognitionStageTest {

  private static Work work(String name, String position) {
    return new Work(name, null, null, position, null, null, null, null, List.of());
  }

  @Test
  void confirmsAnEmployerInsideAnOrganizationSpan() {
    TextDocument doc = Docs.of("## Experience", "Software Engineer at Facebook", "- Built things");
    ResumeDraft draft = Docs.draft(doc);
    draft.work().add(new Drafted<>(work("Facebook", "Software Engineer"), 1, 2));
    new EmployerRecognitionStage(
            new FakeRecognizer().tag("Facebook", EntityType.ORGANIZATION, 0.96))
        .extract(doc, draft);
    assertThat(draft.work().get(0).value().name()).isEqualTo("Facebook");
    assertThat(draft.decisions().get("work[0].name"))
        .isEqualTo(new Decision(Method.RULE_NER, 0.98));
  }

  @Test
  void fillsAMissingEmployerFromTheHeading() {
    TextDocument doc =
        Docs.of(
            "## Experience",
            "Danggeun Pay Inc. Seoul, S.Korea",
            "Site Reliability Engineer 2021 - 2023",
            "- Designed the infrastructure");
    ResumeDraft draft = Docs.draft(doc);
    draft.work().add(new Drafted<>(work(null, "Site Reliability Engineer"), 1, 3));
    new EmployerRecognitionStage(
            new FakeRecognizer().tag("Danggeun Pay Inc.", EntityType.ORGANIZATION, 0.8))
        .extract(doc, draft);
    assertThat(draft.work().get(0).value().name()).isEqualTo("Danggeun Pay Inc.");
    assertThat(draft.work().get(0).value().position()).isEqualTo("Site Reliability Engineer");
    assertThat(draft.decisions().get("work[0].name")).isEqualTo(new Decision(Method.NER, 0.8));
  }

  @Test
  void replacesASkillEmployerWithTheOrganizationAbove() {
    TextDocument doc =
        Docs.of("## Experience", "SmugMug | Intern", "May 2017 - Aug 2017 | React.js", "- Video");
    ResumeDraft draft = Docs.draft(doc);
    draft.skills().add(Drafted.at(new Skill("Web", null, List.of("React.js")), 0));
    draft.work().add(new Drafted<>(work("React.js", null), 2, 3));
    new EmployerRecognitionStage(new FakeRecognizer().tag("SmugMug", EntityType.ORGANIZATION, 0.7))
        .extract(doc, draft);
    assertThat(draft.work().get(0).value().name()).isEqualTo("SmugMug");
  }

  @Test
  void neverTakesTheBulletsOrTheWeakOrThePosition() {
    TextDocument doc = Docs.of("## Experience", "Product Manager", "- Worked with Google on maps");
    ResumeDraft draft = Docs.draft(doc);
    draft.work().add(new Drafted<>(work(null, "Product Manager"), 1, 2));
    FakeRecognizer ner =
        new FakeRecognizer()
            .tag("Google", EntityType.ORGANIZATION, 0.99)
            .tag("Product Manager", EntityType.ORGANIZATION, 0.99);
    new EmployerRecognitionStage(ner).extract(doc, draft);
    assertThat(draft.work().get(0).value().name()).isNull();
    assertThat(draft.decisions()).isEmpty();
  }
}
