package dev.vitae.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.nlp.LanguageGuess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real OpenNLP language and sentence models. */
class OpenNlpIT {
  private static final OpenNlpLanguageDetector LANGUAGES = new OpenNlpLanguageDetector();
  private static final OpenNlpSentenceSplitter SENTENCES = new OpenNlpSentenceSplitter();

  @Test
  void theModelsAreOnTheClasspath() {
    assertThat(OpenNlpLanguageDetector.isAvailable()).isTrue();
    assertThat(OpenNlpSentenceSplitter.isAvailable()).isTrue();
    assertThat(NlpModels.isAvailable()).isTrue();
  }

  @Test
  void detectsFrenchAndEnglishWithTwoLetterCodes() {
    List<LanguageGuess> french =
        LANGUAGES.detect(
            "Développeur logiciel passionné par la qualité du code, j'ai travaillé sur des plateformes de"
                + " paiement et des outils internes pour des équipes de produit à Lyon depuis huit ans.");
    assertThat(french.get(0).code()).isEqualTo("fr");
    List<LanguageGuess> english =
        LANGUAGES.detect(
            "Software engineer who enjoys building reliable distributed systems. I have worked on payment"
                + " platforms and internal tools for product teams in Boston for eight years.");
    assertThat(english.get(0).code()).isEqualTo("en");
    assertThat(english.get(0).confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void noLettersNoGuess() {
    assertThat(LANGUAGES.detect("2019 - 2021 +1 555")).isEmpty();
    assertThat(LANGUAGES.detect("")).isEmpty();
  }

  @Test
  void splitsEnglishProseIntoSentences() {
    assertThat(SENTENCES.split("Led the platform team of Dr. Smith. Cut AWS costs by 30%."))
        .containsExactly("Led the platform team of Dr. Smith.", "Cut AWS costs by 30%.");
    assertThat(SENTENCES.split("  ")).isEmpty();
    assertThat(SENTENCES.split("one line")).containsExactly("one line");
  }
}
