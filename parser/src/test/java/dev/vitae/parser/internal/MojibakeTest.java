package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static String garble(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
  }

  @Test
  void repairsAccentedLetters() {
    assertThat(Mojibake.repair("JosÃ© GarcÃ­a")).isEqualTo("José García");
  }

  @Test
  void repairsPunctuation() {
    assertThat(Mojibake.repair("2019 â€“ 2021, itâ€™s")).isEqualTo("2019 – 2021, it’s");
  }

  @Test
  void repairsEmoji() {
    assertThat(Mojibake.repair("ðŸ“« mail me ðŸ’»")).isEqualTo("📫 mail me 💻");
  }

  @Test
  void repairsWhatWasMadeByDecodingUtf8AsWindows1252() {
    String original = "Zürich — 简历 — naïve café 🌱";
    assertThat(Mojibake.repair(garble(original))).isEqualTo(original);
  }

  @Test
  void repairsBytesThatLatin1DecodedAsControls() {
    // 🍍 is F0 9F 8D 8D; 0x8D is undefined in windows-1252 and survives as U+008D.
    String latin1 = new String("🍍".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(Mojibake.repair(latin1)).isEqualTo("🍍");
  }

  @Test
  void repairsTextGarbledTwice() {
    assertThat(Mojibake.repair(garble(garble("José")))).isEqualTo("José");
  }

  @Test
  void leavesRealLatinTextAlone() {
    String french = "Expérience à l’École, déçu, être — « naïf »";
    String german = "Größe, Übung, heiß“ und Ärger";
    assertThat(Mojibake.repair(french)).isSameAs(french);
    assertThat(Mojibake.repair(german)).isSameAs(german);
  }

  @Test
  void keepsTheUnrepairablePartOfARun() {
    assertThat(Mojibake.repair("Ã© Ã")).isEqualTo("é Ã");
  }
}
