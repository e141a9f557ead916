package dev.vitae.bench.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void countsWideCharactersTwice() {
    assertThat(PlainText.width("abc")).isEqualTo(3);
    assertThat(PlainText.width("工作经历")).isEqualTo(8);
    assertThat(PlainText.width("QPS提升50%")).isEqualTo(10);
  }

  @Test
  void wrapsAtSpacesWithAHangingIndent() {
    assertThat(PlainText.wrap("one two three four", 11, "- ", "  "))
        .containsExactly("- one two", "  three", "  four");
  }

  @Test
  void wrapsChineseBetweenCharactersWithoutAddingSpaces() {
    assertThat(PlainText.wrap("负责订单系统的设计", 10, "", "")).containsExactly("负责订单系", "统的设计");
  }

  @Test
  void keepsAWordLongerThanTheLineWhole() {
    assertThat(PlainText.wrap("https://example.com/a/very/long/path x", 10, "", ""))
        .containsExactly("https://example.com/a/very/long/path", "x");
  }

  @Test
  void spreadsTwoTextsToAColumn() {
    assertThat(PlainText.spread("ab", "cd", 8)).isEqualTo("ab    cd");
    assertThat(PlainText.spread("abcdef", "cd", 8)).isEqualTo("abcdef  cd");
  }
}
