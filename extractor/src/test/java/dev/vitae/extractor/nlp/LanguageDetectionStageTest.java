package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionStageTest {
  private static final String PROSE =
      "Développeur logiciel passionné par la qualité du code et les architectures distribuées, "
          + "j'ai travaillé sur des plateformes de paiement et des outils internes pour des équipes "
          + "de produit à Lyon et à Paris depuis plus de huit ans.";

  private static List<String> run(List<String> scripts, LanguageGuess guess, String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    draft.setDocumentLanguages(scripts);
    new LanguageDetectionStage(text -> guess == null ? List.of() : List.of(guess))
        .extract(doc, draft);
    return draft.documentLanguages();
  }

  @Test
  void replacesEnglishWithTheDetectedLatinLanguage() {
    assertThat(run(List.of("en"), new LanguageGuess("fr", 0.9), PROSE)).containsExactly("fr");
    assertThat(run(List.of("zh", "en"), new LanguageGuess("fr", 0.9), "工作经历", PROSE))
        .containsExactly("zh", "fr");
  }

  @Test
  void keepsEnglishWhenUnsureOrTooShort() {
    assertThat(run(List.of("en"), new LanguageGuess("fr", 0.3), PROSE)).containsExactly("en");
    assertThat(run(List.of("en"), new LanguageGuess("fr", 0.9), "Jean Dupont"))
        .containsExactly("en");
    assertThat(run(List.of("en"), null, PROSE)).containsExactly("en");
  }

  @Test
  void leavesNonLatinVerdictsAlone() {
    assertThat(run(List.of("zh"), new LanguageGuess("fr", 0.9), "工作经历", PROSE))
        .containsExactly("zh");
  }
}
