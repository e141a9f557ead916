package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void findsEnglishCountryNames() {
    assertThat(Countries.findCode("Munich, Germany")).contains("DE");
    assertThat(Countries.findCode("living in the united kingdom")).contains("GB");
  }

  @Test
  void findsChineseCountryNames() {
    assertThat(Countries.findCode("中国·杭州")).contains("CN");
    assertThat(Countries.findCode("美国加州")).contains("US");
    assertThat(Countries.findCode("日本东京")).contains("JP");
  }

  @Test
  void readsCommonAbbreviationsOnlyInUpperCase() {
    assertThat(Countries.findCode("Austin TX USA")).contains("US");
    assertThat(Countries.findCode("London, UK")).contains("GB");
    assertThat(Countries.findCode("tell us about it")).isEmpty();
  }

  @Test
  void bareTwoLetterCodeIsNotACountry() {
    assertThat(Countries.findCode("Portland, OR")).isEmpty();
    assertThat(Countries.findCode("Toulouse (FR)")).contains("FR");
  }

  @Test
  void longestNameWins() {
    assertThat(Countries.findCode("United States of America")).contains("US");
  }

  @Test
  void findsOnlyTrailingCountry() {
    assertThat(Countries.findTrailing("Kyoto, Japan.")).map(Countries.Match::code).contains("JP");
    assertThat(Countries.findTrailing("Chad Miller")).isEmpty();
    assertThat(Countries.findTrailing(null)).isEmpty();
  }
}
