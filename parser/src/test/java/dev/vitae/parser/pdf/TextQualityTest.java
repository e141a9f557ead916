package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextQualityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "JavaScript",
        "iOS",
        "MySQL",
        "PostgreSQL",
        "LaTeX",
        "GitHub",
        "PDFs",
        "APIs",
        "B2B",
        "PHPStorm",
        "i18n",
        "K8s",
        "C++",
        "C#",
        "x86_64",
        "(+86)",
        "2019.07",
        "https://github.com/jane",
        "jane@example.com",
        "www.example.com",
        "McDonald",
        "eBay",
        "Java初级开发工程师",
        "江苏·南京",
        "-----------",
        "R&D",
        "HTML5/CSS3",
        "#$#$#$"
      })
  void ordinaryWordsAreNotOdd(String word) {
    assertThat(TextQuality.isOdd(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aFBHHb",
        "QKf",
        "JQ#BH2",
        "M;N8!QmiHQQFX+QK",
        "bi2`",
        "?iiTb,ff;Bi?m#X+QKf>",
        "Svi?QM",
        "YZ[\\]^_",
        "¡¢5£¤{¥¦§¨©",
        "So\uFFFDware",
        "#$%&*!"
      })
  void shiftedOrSymbolWordsAreOdd(String word) {
    assertThat(TextQuality.isOdd(word)).isTrue();
  }

  @Test
  void ordinaryTextIsGood() {
    TextQuality quality = page("Senior engineer at Acme Corp. (Berlin), 2019 – 2021", 5);

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.GOOD);
  }

  @Test
  void symbolRunsAreUnusable() {
    TextQuality quality = page("!\"#$%&'()*+,+-./01/234)\"56789:;<=>?)@56789:;ABCDEF GH", 4);

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.UNUSABLE);
  }

  @Test
  void privateUseTextIsUnusable() {
    TextQuality quality = page("\uE041\uE042\uE043 \uE044\uE045\uE046\uE047 \uE048\uE049", 5);

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.UNUSABLE);
  }

  @Test
  void shiftedLatinBesideReadableTextIsGarbled() {
    TextQuality quality = new TextQuality();
    for (int i = 0; i < 3; i++) {
      add(quality, "张昊宇 信息技术硕士 莫纳什大学 墨尔本 浙大城市学院 建筑学本科 杭州 酒店预订网页设计");
    }
    add(quality, "Qvmw? M;N8!QmiHQQFX+QK ?iiTb,ff;Bi?m#X+QKf> JQ#BH2 R3eedyR8e3R");
    add(quality, "aFBHHb S`Q;` KKBM; 1tT2`B2M+2 Svi?QM- aZG- kyRNXye @ kyRNXRR");

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.GARBLED);
  }

  @Test
  void glyphsWithoutUnicodeMakeAPageUnusable() {
    TextQuality quality = new TextQuality();
    quality.addGlyphs(40, 40);

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.UNUSABLE);
  }

  @Test
  void someGlyphsWithoutUnicodeMakeAPageGarbled() {
    TextQuality quality = page("Senior engineer at Acme Corp. (Berlin), 2019 – 2021", 5);
    quality.addGlyphs(200, 40);

    assertThat(quality.verdict()).isEqualTo(TextQuality.Verdict.GARBLED);
  }

  @Test
  void oddShapesAreWhatTheRegexesFind() {
    Pattern letterRun = Pattern.compile("[A-Za-z]{3,}");
    Pattern wordShape =
        Pattern.compile(
            "[a-z]+|[A-Z]+s?|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*[A-Z]*|[A-Z]+(?:[A-Z][a-z]{2,})+[A-Z]*");
    Pattern punctuationInside = Pattern.compile("[A-Za-z][;?#!$*=][A-Za-z]");
    Pattern digitInside = Pattern.compile("[a-z]\\d+[A-Z]|[A-Z]\\d+[a-z]{2}");
    String alphabet = "aAbBsSxXyYzZ0123456789;?#!$*=.-_/éÉ中 ";
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String w = word.toString();
      boolean expected = false;
      Matcher runs = letterRun.matcher(w);
      while (runs.find()) {
        expected |= !wordShape.matcher(runs.group()).matches();
      }
      expected |= punctuationInside.matcher(w).find() || digitInside.matcher(w).find();

      assertThat(TextQuality.hasOddShape(w)).as(w).isEqualTo(expected);
    }
  }

  private static TextQuality page(String line, int times) {
    TextQuality quality = new TextQuality();
    for (int i = 0; i < times; i++) {
      add(quality, line);
    }
    return quality;
  }

  private static void add(TextQuality quality, String line) {
    quality.addRawText(line);
    quality.addCleanText(line);
  }
}
