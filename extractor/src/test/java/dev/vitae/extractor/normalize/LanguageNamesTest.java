package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNamesTest {

  /** Columns: text, English name, ISO code. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          中文              | Chinese    | zh
          汉语              | Chinese    | zh
          普通话             | Chinese    | zh
          国语              | Chinese    | zh
          Chinese          | Chinese    | zh
          英语              | English    | en
          英文              | English    | en
          english          | English    | en
          ENGLISH          | English    | en
          日语              | Japanese   | ja
          日文              | Japanese   | ja
          日本語             | Japanese   | ja
          Japanese         | Japanese   | ja
          粤语              | Cantonese  | yue
          广东话             | Cantonese  | yue
          Cantonese        | Cantonese  | yue
          Mandarin         | Mandarin   | zh
          Español          | Spanish    | es
          espanol          | Spanish    | es
          西班牙语           | Spanish    | es
          Deutsch          | German     | de
          德语              | German     | de
          français         | French     | fr
          Francais         | French     | fr
          法语              | French     | fr
          法文              | French     | fr
          한국어             | Korean     | ko
          韩语              | Korean     | ko
          Korean           | Korean     | ko
          русский          | Russian    | ru
          俄语              | Russian    | ru
          Farsi            | Persian    | fa
          Persian          | Persian    | fa
          Bengali          | Bengali    | bn
          italiano         | Italian    | it
          Português        | Portuguese | pt
          العربية           | Arabic     | ar
          Hebrew           | Hebrew     | he
          Indonesian       | Indonesian | id
          Norwegian Bokmål | Norwegian Bokmål | nb
          Tiếng Việt       | Vietnamese | vi
          Filipino         | Filipino   | fil
          """)
  void findsLanguage(String text, String englishName, String code) {
    assertThat(LanguageNames.findEnglishName(text)).hasValue(englishName);
    assertThat(LanguageNames.findIsoCode(text)).hasValue(code);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          英语（流利）                 | English
          英语六级，口语流利             | English
          普通话 母语                 | Chinese
          Chinese (native), English | Chinese
          Fluent in German          | German
          Languages: Japanese (N1)  | Japanese
          Languages:-Spanish        | Spanish
          'Mandarin Chinese' native | Mandarin
          Luba-Katanga              | Luba-Katanga
          """)
  void findsLanguageInsideText(String text, String englishName) {
    assertThat(LanguageNames.findEnglishName(text)).hasValue(englishName);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Java",
        "C++",
        "Go",
        "Python",
        "Rust",
        "Kotlin",
        "Swift",
        "SQL",
        "it",
        "no",
        "is",
        "Indonesia",
        "Englishman",
        "熟悉 Kubernetes",
        "中语句",
        ""
      })
  void findsNoLanguage(String text) {
    assertThat(LanguageNames.findEnglishName(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"English", "english", " Chinese ", "普通话", "Deutsch", "English (native)", "日语（N2）"})
  void recognizesSpokenLanguage(String token) {
    assertThat(LanguageNames.isLanguageName(token)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"Java", "C++", "C#", "JavaScript", "Go", "English teacher", "Chinese food", ""})
  void rejectsProgrammingLanguagesAndPhrases(String token) {
    assertThat(LanguageNames.isLanguageName(token)).isFalse();
  }

  @Test
  void prefersLeftmostLanguage() {
    assertThat(LanguageNames.findEnglishName("英语、日语")).hasValue("English");
  }

  @Test
  void throwsOnNullText() {
    assertThatNullPointerException().isThrownBy(() -> LanguageNames.findEnglishName(null));
  }
}
