package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {

  @Test
  void cjkIsAnsweredAsTheScriptTableSaysForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean expected =
          script == Character.UnicodeScript.HAN
              || script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA
              || script == Character.UnicodeScript.BOPOMOFO
              || (cp >= 0x3000 && cp <= 0x303F)
              || (cp >= 0xFF00 && cp <= 0xFFEF);
      if (PdfText.isCjk(cp) != expected) {
        assertThat(PdfText.isCjk(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
  }

  @Test
  void expandsLigatures() {
    assertThat(PdfText.clean("Pro\uFB01cient \uFB00ort \uFB03ce"))
        .isEqualTo("Proficient ffort ffice");
  }

  @Test
  void mapsKangxiRadicalsToUnifiedIdeographs() {
    assertThat(PdfText.clean("\u2F08\u5DE5\u667A\u80FD")).isEqualTo("人工智能");
  }

  @Test
  void mapsSimplifiedRadicalsToUnifiedIdeographs() {
    assertThat(PdfText.clean("擅\u2ED3 \u2EE2拉松")).isEqualTo("擅长 马拉松");
  }

  @Test
  void mapsCompatibilityIdeographs() {
    assertThat(PdfText.clean("\uF900")).isEqualTo("\u8C48");
  }

  @Test
  void dropsZeroWidthAndControlCharacters() {
    assertThat(PdfText.clean("Ja\u200Bva\u200D \uFEFFdev\u0007")).isEqualTo("Java dev");
  }

  @Test
  void drawnSoftHyphenIsAHyphen() {
    assertThat(PdfText.clean("hands\u00ADon")).isEqualTo("hands-on");
  }

  @Test
  void collapsesAndTrimsEverySpace() {
    assertThat(PdfText.clean(" \u00A0a \t b\u3000\u3000c  ")).isEqualTo("a b c");
  }

  @Test
  void cjkIncludesIdeographicPunctuation() {
    assertThat(PdfText.isCjk('中')).isTrue();
    assertThat(PdfText.isCjk('，')).isTrue();
    assertThat(PdfText.isCjk('。')).isTrue();
    assertThat(PdfText.isCjk('a')).isFalse();
    assertThat(PdfText.isCjk('1')).isFalse();
  }
}
