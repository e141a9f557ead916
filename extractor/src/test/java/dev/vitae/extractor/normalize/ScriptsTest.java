package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void agreesWithUnicodeScriptOnEveryCodePoint() {
    int mismatches = 0;
    int first = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript expected = Character.UnicodeScript.of(cp);
      boolean same =
          Scripts.of(cp) == expected
              && Scripts.isHan(cp) == (expected == Character.UnicodeScript.HAN)
              && Scripts.isLatin(cp) == (expected == Character.UnicodeScript.LATIN);
      if (!same) {
        mismatches++;
        first = first < 0 ? cp : first;
      }
    }
    assertThat(mismatches).as("mismatches, the first at U+%04X", first).isZero();
  }

  @Test
  void answersAsciiAndChineseCharacters() {
    assertThat(Scripts.isLatin('a')).isTrue();
    assertThat(Scripts.isLatin('1')).isFalse();
    assertThat(Scripts.isHan('中')).isTrue();
    assertThat(Scripts.isHan('a')).isFalse();
    assertThat(Scripts.isLatin('é')).isTrue();
  }

  @Test
  void rejectsWhatIsNotACodePoint() {
    assertThatThrownBy(() -> Scripts.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scripts.of(Character.MAX_CODE_POINT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
