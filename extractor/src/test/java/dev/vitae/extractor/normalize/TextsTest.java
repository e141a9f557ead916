package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CodePoints;
import dev.vitae.extractor.CorpusLines;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void trimsAndCollapsesEveryKindOfSpace() {
    assertThat(Texts.clean("  Senior\t Engineer \n")).isEqualTo("Senior Engineer");
    assertThat(Texts.clean("北京\u3000\u3000海淀")).isEqualTo("北京 海淀");
    assertThat(Texts.clean("a\u00A0b")).isEqualTo("a b");
    assertThat(Texts.clean("\u2003Lead\u2003")).isEqualTo("Lead");
    assertThat(Texts.clean("")).isEmpty();
    assertThat(Texts.clean(null)).isNull();
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String text = "Staff Engineer, Acme";
    assertThat(Texts.clean(text)).isSameAs(text);
  }

  @Test
  void agreesWithTheRegexRuleOnRandomText() {
    String alphabet = "ab \t\n\r\u000B\f\u00A0\u3000\u2003\u2028中";
    Random random = new Random(20261122);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String expected = text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
      assertThat(Texts.clean(text)).as("'%s'", text).isEqualTo(expected);
    }
  }

  @Test
  void agreesWithTheRegexRuleAroundEveryCodePointAndOverTheCorpus() {
    CodePoints.bmpAndSupplementarySample()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              for (String text :
                  new String[] {c, "a" + c + "b", "a " + c + " b", c + " " + c + c}) {
                assertThat(Texts.clean(text))
                    .isEqualTo(text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip());
              }
            });
    for (String text : CorpusLines.all()) {
      assertThat(Texts.clean(text)).isEqualTo(text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip());
    }
  }

  @Test
  void dropsAccentsAndKeepsOtherScripts() {
    assertThat(Texts.withoutAccents("Araújo Señor Müller")).isEqualTo("Araujo Senor Muller");
    assertThat(Texts.withoutAccents("王芳 Zoë")).isEqualTo("王芳 Zoe");
    String ascii = "Plain ASCII";
    assertThat(Texts.withoutAccents(ascii)).isSameAs(ascii);
  }
}
