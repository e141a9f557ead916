package dev.vitae.bench.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.extractor.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateFormatTest {
  private static final PartialDate JAN_2019 = PartialDate.of(2019, 1);
  private static final PartialDate FULL = PartialDate.of(2016, 8, 22);
  private static final PartialDate YEAR = PartialDate.ofYear(2013);

  @Test
  void writesAMonthInEachStyle() {
    assertThat(DateStyle.MON_YEAR.format(JAN_2019)).isEqualTo("Jan 2019");
    assertThat(DateStyle.MONTH_YEAR.format(JAN_2019)).isEqualTo("January 2019");
    assertThat(DateStyle.ISO.format(JAN_2019)).isEqualTo("2019-01");
    assertThat(DateStyle.SLASH.format(JAN_2019)).isEqualTo("01/2019");
    assertThat(DateStyle.DOT.format(JAN_2019)).isEqualTo("2019.01");
    assertThat(DateStyle.YEAR_SLASH.format(JAN_2019)).isEqualTo("2019/01");
    assertThat(DateStyle.CHINESE.format(JAN_2019)).isEqualTo("2019年1月");
  }

  @Test
  void writesAFullDateInEachStyle() {
    assertThat(DateStyle.MON_YEAR.format(FULL)).isEqualTo("22 Aug 2016");
    assertThat(DateStyle.MONTH_YEAR.format(FULL)).isEqualTo("August 22, 2016");
    assertThat(DateStyle.ISO.format(FULL)).isEqualTo("2016-08-22");
    assertThat(DateStyle.SLASH.format(FULL)).isEqualTo("2016/08/22");
    assertThat(DateStyle.DOT.format(FULL)).isEqualTo("2016.08.22");
    assertThat(DateStyle.CHINESE.format(FULL)).isEqualTo("2016年8月22日");
  }

  @Test
  void writesAYearAloneAsTheYearInEveryStyle() {
    for (DateStyle style : DateStyle.values()) {
      assertThat(style.format(YEAR)).as(style.name()).isEqualTo("2013");
    }
  }

  @Test
  void writesRangesOngoingPeriodsAndSingleDates() {
    DateFormat english = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
    DateFormat chinese = new DateFormat(DateStyle.DOT, " - ", "至今");
    assertThat(english.format(Period.span(JAN_2019, PartialDate.of(2021, 6))))
        .isEqualTo("Jan 2019 – Jun 2021");
    assertThat(english.format(Period.span(JAN_2019, null))).isEqualTo("Jan 2019 – Present");
    assertThat(chinese.format(Period.span(JAN_2019, null))).isEqualTo("2019.01 - 至今");
    assertThat(english.format(Period.span(null, PartialDate.ofYear(2010)))).isEqualTo("2010");
    assertThat(english.format(Period.at(FULL))).isEqualTo("22 Aug 2016");
    assertThat(english.format(Period.span(null, null))).isNull();
  }

  @Test
  void aRoleWithAMonthAndNoEndIsOngoing() {
    Period period = Period.span(PartialDate.of(2022, 1), null);
    assertThat(period).isNotNull();
    assertThat(period.ongoing()).isTrue();
  }

  @Test
  void aRoleWithOnlyAStartYearIsAOneDateEntry() {
    // en-04's "Math Tutor, 2009" and en-01's volunteer "2013": the gold README calls them one date
    Period period = Period.span(PartialDate.ofYear(2009), null);
    assertThat(period).isNotNull();
    assertThat(period.ongoing()).isFalse();
    assertThat(new DateFormat(DateStyle.ISO, " – ", "Present").format(period)).isEqualTo("2009");
  }

  @Test
  void aProjectWithOneDateIsNeverOngoing() {
    Period period = Period.of(PartialDate.of(2022, 4), null);
    assertThat(period).isNotNull();
    assertThat(period.ongoing()).isFalse();
    assertThat(new DateFormat(DateStyle.ISO, " – ", "Present").format(period)).isEqualTo("2022-04");
  }

  @Test
  void refusesAnOngoingPeriodWithAnEnd() {
    assertThatThrownBy(() -> new Period(JAN_2019, JAN_2019, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
