package dev.vitae.extractor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void writesOnlyThePrecisionItHas() {
    assertThat(PartialDate.ofYear(2019)).hasToString("2019");
    assertThat(new PartialDate(2019, 3, 0)).hasToString("2019-03");
    assertThat(new PartialDate(2019, 11, 7)).hasToString("2019-11-07");
    assertThat(new PartialDate(1999, 12, 31)).hasToString("1999-12-31");
  }

  @Test
  void readsWhatItWrites() {
    PartialDate date = new PartialDate(2024, 2, 29);
    assertThat(PartialDate.parseIso(date.toString())).isEqualTo(date);
  }
}
