package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListMarkersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- x", "* x", "+ x", "• x", "•x", "· x", "▪ x", "◦ x", "‣ x", "● x", "■ x", "➢ x", "1. x",
        "12) x", "(3) x", "（3）x", "1、x", "① x", "❷x"
      })
  void recognizesMarkers(String line) {
    assertThat(line.substring(ListMarkers.markerLength(line))).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-x",
        "--",
        "- ",
        "-5%",
        "**bold**",
        "2019. Moved",
        "3.5 years",
        "100) x",
        "1.x",
        "●●●○○",
        "x - y",
        ""
      })
  void rejectsNonMarkers(String line) {
    assertThat(ListMarkers.markerLength(line)).isZero();
  }

  @Test
  void startsAtTheGivenOffset() {
    assertThat(ListMarkers.markerLength("  - item", 2)).isEqualTo(2);
  }
}
