package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer<String> names =
      Gazetteer.of(Map.of("new york", "NY", "york", "Y", "jersey", "J", "上海", "SH"), true);

  @Test
  void findsTheLeftmostThenLongestName() {
    assertThat(names.find("from New York to Jersey", 0)).contains(new Gazetteer.Hit<>("NY", 5, 13));
    assertThat(names.find("from New York to Jersey", 13))
        .contains(new Gazetteer.Hit<>("J", 17, 23));
  }

  @Test
  void nameGluedToALatinLetterOrDigitIsNotFound() {
    assertThat(names.find("Yorkshire", 0)).isEmpty();
    assertThat(names.find("NewYork", 0)).isEmpty();
    assertThat(names.find("york2", 0)).isEmpty();
    assertThat(names.find("(York)", 0)).contains(new Gazetteer.Hit<>("Y", 1, 5));
  }

  @Test
  void hanNamesNeedNoSpaces() {
    assertThat(names.find("中国上海浦东", 0)).contains(new Gazetteer.Hit<>("SH", 2, 4));
    // A Han name touching a Latin letter is glued to it like any other.
    assertThat(names.find("上海York", 0)).contains(new Gazetteer.Hit<>("Y", 2, 6));
  }

  @Test
  void longerNameThatDoesNotEndAtABoundaryFallsBackToAShorterOne() {
    Gazetteer<String> g = Gazetteer.of(Map.of("korea", "K", "korea south", "KS"), true);
    assertThat(g.find("Korea Southampton", 0)).contains(new Gazetteer.Hit<>("K", 0, 5));
  }

  @Test
  void caseIsKeptWhenAsked() {
    Gazetteer<String> exact = Gazetteer.of(Map.of("UK", "GB"), false);
    assertThat(exact.find("uk", 0)).isEmpty();
    assertThat(exact.find("London UK", 0)).contains(new Gazetteer.Hit<>("GB", 7, 9));
  }

  @Test
  void emptyTextHasNoName() {
    assertThat(names.find("", 0)).isEmpty();
    assertThat(names.find("york", 10)).isEmpty();
  }
}
