package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void hanIsAnsweredAsTheScriptTableSaysForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (TextNormalizer.isHan(cp) != expected) {
        assertThat(TextNormalizer.isHan(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(TextNormalizer.clean("\uFEFFJo\u200Bhn\u200C \u200DDoe\u2060"))
        .isEqualTo("John Doe");
  }

  @Test
  void turnsUnicodeSpacesIntoSpaces() {
    assertThat(TextNormalizer.clean("a\u00A0b\u3000c\u2003d\u202Fe")).isEqualTo("a b c d e");
  }

  @Test
  void foldsFullWidthLettersAndDigitsOnly() {
    assertThat(TextNormalizer.clean("ＧＰＡ：３．８（前１０％）")).isEqualTo("GPA：3．8（前10％）");
  }

  @Test
  void keepsCjkPunctuationAsWritten() {
    String text = "负责，开发。职位：工程师（实习）";
    assertThat(TextNormalizer.clean(text)).isSameAs(text);
  }

  @Test
  void mapsKangxiRadicalsToUnifiedIdeographs() {
    assertThat(TextNormalizer.clean("\u2F08\u5DE5\u667A\u80FD \u2F84\u4ECA")).isEqualTo("人工智能 至今");
  }

  @Test
  void mapsCjkRadicalsSupplementWithoutDecomposition() {
    // U+2ED3 has no NFKC mapping but stands for 长; U+2ED4 for 门.
    assertThat(TextNormalizer.clean("\u2ED3\u671F \u90E8\u2ED4")).isEqualTo("长期 部门");
  }

  @Test
  void mapsCompatibilityIdeographs() {
    assertThat(TextNormalizer.clean("\uF9F1")).isEqualTo("\u96A3");
  }

  @Test
  void expandsLigatures() {
    assertThat(TextNormalizer.clean("\uFB01nance o\uFB03ce \uFB02ow"))
        .isEqualTo("finance office flow");
  }

  @Test
  void removesControlCharactersButKeepsLayout() {
    assertThat(TextNormalizer.clean("a\u0000b\u0085c\n\t d\r\n")).isEqualTo("abc\n\t d\r\n");
  }

  @Test
  void leavesCleanTextUntouched() {
    String text = "Résumé — José, 北京 2019.05–至今 📫";
    assertThat(TextNormalizer.clean(text)).isSameAs(text);
  }

  @Test
  void normalizeLineCollapsesAndTrimsWhitespace() {
    assertThat(TextNormalizer.normalizeLine("  Senior \t Engineer\u00A0\u00A0 at  X  "))
        .isEqualTo("Senior Engineer at X");
  }

  @Test
  void normalizeLineIsCleanThenOneSpaceForEachRunOfWhitespace() {
    String alphabet = "a中 \t\n\r\f\u000B\u00A0\u3000\u200B\u2028\u00AD";
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(10);
      for (int k = 0; k < length; k++) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String collapsed =
          TextNormalizer.clean(line.toString()).replaceAll("[ \t\n\r\f\u000B]+", " ");
      String expected =
          collapsed.substring(
              collapsed.startsWith(" ") ? 1 : 0,
              Math.max(
                  collapsed.startsWith(" ") ? 1 : 0,
                  collapsed.length() - (collapsed.endsWith(" ") ? 1 : 0)));

      assertThat(TextNormalizer.normalizeLine(line.toString())).as("%s", line).isEqualTo(expected);
    }
  }

  @Test
  void normalizeLineKeepsSpacesBetweenHanByDefault() {
    assertThat(TextNormalizer.normalizeLine("上海 北京")).isEqualTo("上海 北京");
  }

  @Test
  void normalizeLineCanJoinHanSpacedByLayout() {
    assertThat(TextNormalizer.normalizeLine("工 作 经 历 Java 开发", true)).isEqualTo("工作经历 Java 开发");
  }
}
