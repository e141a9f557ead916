package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.vitae.extractor.model.PartialDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangesTest {

  /** Columns: text, start, end ("ongoing" for an ongoing period, empty for a single date). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2018-2021.2                   | 2018       | 2021-02
          2021.2-2023.5                 | 2021-02    | 2023-05
          2023.5-present                | 2023-05    | ongoing
          2019-08～Now                  | 2019-08    | ongoing
          2019-08 ~ 2022-12             | 2019-08    | 2022-12
          2018-2-22~2019-08             | 2018-02-22 | 2019-08
          2015.03~2018.01               | 2015-03    | 2018-01
          2021 - Present                | 2021       | ongoing
          2021 – Present                | 2021       | ongoing
          2021—present                  | 2021       | ongoing
          Sep 2019 – Present            | 2019-09    | ongoing
          Sept. 2019 - Jun. 2021        | 2019-09    | 2021-06
          September 2019 to June 2021   | 2019-09    | 2021-06
          09/2019 - 06/2021             | 2019-09    | 2021-06
          9/2019–6/2021                 | 2019-09    | 2021-06
          2016/03 - 2018/06             | 2016-03    | 2018-06
          2019年8月 - 至今               | 2019-08    | ongoing
          2019年8月—2021年6月             | 2019-08    | 2021-06
          2019.07-今                    | 2019-07    | ongoing
          2019.07 至 2020.01            | 2019-07    | 2020-01
          2015.11至今                   | 2015-11    | ongoing
          2015年至2016年                 | 2015       | 2016
          2015年4月至2015年11月           | 2015-04    | 2015-11
          2019年5月 ~ 2019年8月           | 2019-05    | 2019-08
          2018年11月到2019年1月           | 2018-11    | 2019-01
          2024年至今                     | 2024       | ongoing
          2019 年 8 月 1 日              | 2019-08-01 |
          2020年3月15号                  | 2020-03-15 |
          2019年3月-6月                  | 2019-03    | 2019-06
          2019年11月至2月                | 2019-11    | 2020-02
          2016年以来                     | 2016       | ongoing
          Summer 2014                   | 2014       |
          2014 - 2016                   | 2014       | 2016
          2014-2016                     | 2014       | 2016
          (2014-2016)                   | 2014       | 2016
          2014 -- 2016                  | 2014       | 2016
          Jan 2019 - Mar 2020           | 2019-01    | 2020-03
          January, 2019                 | 2019-01    |
          2020                          | 2020       |
          2019-2020 academic year       | 2019       | 2020
          2019/2020                     | 2019       | 2020
          Fall 2018 – Spring 2020       | 2018       | 2020
          Since 2019                    | 2019       | ongoing
          since Sep 2019                | 2019-09    | ongoing
          2010.9-2014.6                 | 2010-09    | 2014-06
          2019/9/1 - 2020/1/1           | 2019-09-01 | 2020-01-01
          2019-09-01                    | 2019-09-01 |
          2019.09.01-2020.01.15         | 2019-09-01 | 2020-01-15
          janvier 2019                  | 2019-01    |
          février 2018 - août 2019      | 2018-02    | 2019-08
          juin 2017 - aujourd'hui       | 2017-06    | ongoing
          März 2020 - heute             | 2020-03    | ongoing
          septiembre 2015               | 2015-09    |
          Jun '17 - Today               | 2017-06    | ongoing
          June 13, 2017                 | 2017-06-13 |
          13 June 2017                  | 2017-06-13 |
          May – Aug 2019                | 2019-05    | 2019-08
          Nov 2018 - Feb 2019           | 2018-11    | 2019-02
          Nov – Feb 2019                | 2018-11    | 2019-02
          2014-16                       | 2014       | 2016
          1998 – 03                     | 1998       | 2003
          2019 to date                  | 2019       | ongoing
          2019 till now                 | 2019       | ongoing
          2019 until 2021               | 2019       | 2021
          Mar-2019 to Dec-2020          | 2019-03    | 2020-12
          03.2019 - 11.2020             | 2019-03    | 2020-11
          2018 -                        | 2018       | ongoing
          2019 - 2017                   | 2019       | 2017
          1950                          | 1950       |
          2099                          | 2099       |
          2020年底                       | 2020       |
          2019 Current                  | 2019       |
          Q3 2019                       | 2019       |
          2019 - current                | 2019       | ongoing
          2019.12—2020.3                | 2019-12    | 2020-03
          2019.5~2019.8                 | 2019-05    | 2019-08
          2012.9~2016.7                 | 2012-09    | 2016-07
          """)
  void findsPeriodOrSingleDate(String text, String start, String end) {
    DateRange range = DateRanges.find(text).orElseThrow();
    assertThat(range.start()).hasToString(start);
    if (end == null) {
      assertThat(range.isSingle()).isTrue();
    } else if (end.equals("ongoing")) {
      assertThat(range.ongoing()).isTrue();
      assertThat(range.end()).isNull();
    } else {
      assertThat(range.end()).hasToString(end);
      assertThat(range.ongoing()).isFalse();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "3.2",
        "16.04",
        "1.5 ~ 2.0",
        "Ubuntu 16.04",
        "Java 1.8",
        "CentOS 6/7",
        "99.95%",
        "QPS10w+",
        "10w+",
        "+8613603043209",
        "138-0013-8000",
        "电话：18168020307",
        "(020) 2019-1234",
        "250ms",
        "2000ms",
        "1949",
        "2100",
        "1990s",
        "$2019",
        "¥2000",
        "2000元",
        "2000万",
        "2019%",
        "20210-7 班",
        "201710560336",
        "v2019",
        "Visual Studio 2019",
        "Windows 2000",
        "2019.13",
        "2019-02-30",
        "13/2019",
        "1/9/2019",
        "No dates here",
        "",
        "May the force",
        "Jan - Mar",
        "ID 2019-0042"
      })
  void readsNoDate(String text) {
    assertThat(DateRanges.findAll(text)).isEmpty();
  }

  @Test
  void reportsSpanOfPeriod() {
    String text = "ByteDance | 2021 - Present";
    DateRange range = DateRanges.find(text).orElseThrow();
    assertThat(text.substring(range.from(), range.to())).isEqualTo("2021 - Present");
  }

  @Test
  void spanExcludesParentheses() {
    String text = "Software Engineer (2014-2016)";
    DateRange range = DateRanges.find(text).orElseThrow();
    assertThat(text.substring(range.from(), range.to())).isEqualTo("2014-2016");
  }

  @Test
  void spanIncludesSinceWord() {
    String text = "Google, since 2019";
    DateRange range = DateRanges.find(text).orElseThrow();
    assertThat(text.substring(range.from(), range.to())).isEqualTo("since 2019");
  }

  @Test
  void findsEveryDateLeftToRight() {
    List<DateRange> all =
        DateRanges.findAll("Engineer 2019.07-今; Intern 2018.7-2018.9; graduated 2018年6月");
    assertThat(all)
        .extracting(r -> r.start().toString())
        .containsExactly("2019-07", "2018-07", "2018-06");
    assertThat(all.get(0).ongoing()).isTrue();
    assertThat(all.get(1).end()).hasToString("2018-09");
    assertThat(all.get(2).isSingle()).isTrue();
  }

  @Test
  void findsChineseDateInsideSentence() {
    DateRange range = DateRanges.find("百度 - 实习研发工程师（2015年4月至2015年11月）").orElseThrow();
    assertThat(range.start()).isEqualTo(PartialDate.of(2015, 4));
    assertThat(range.end()).isEqualTo(PartialDate.of(2015, 11));
  }

  @Test
  void findsDateBetweenVersionNumbers() {
    List<DateRange> all = DateRanges.findAll("Ubuntu 16.04, Java 1.8, since 2020, Python 3.10");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).start()).isEqualTo(PartialDate.ofYear(2020));
    assertThat(all.get(0).ongoing()).isTrue();
  }

  @Test
  void findsYearNextToQuantities() {
    List<DateRange> all = DateRanges.findAll("2019 QPS 提升到 10w+，节省 2000万，延迟 250ms");
    assertThat(all).extracting(r -> r.start().toString()).containsExactly("2019");
  }

  @Test
  void findsYearBeforeChineseText() {
    assertThat(DateRanges.find("2014架构师大会演讲").orElseThrow().start()).hasToString("2014");
  }

  @Test
  void readsTrailingDashAsOngoing() {
    String text = "Staff Engineer 2018 -";
    DateRange range = DateRanges.find(text).orElseThrow();
    assertThat(range.ongoing()).isTrue();
    assertThat(text.substring(range.from(), range.to())).isEqualTo("2018 -");
  }

  @Test
  void readsDashBeforeTextAsSingleDate() {
    DateRange range = DateRanges.find("2018-   Salsify").orElseThrow();
    assertThat(range.isSingle()).isTrue();
    assertThat(range.start()).isEqualTo(PartialDate.ofYear(2018));
  }

  @Test
  void readsYearMonthBeforeYearRange() {
    assertThat(DateRanges.find("2019-10").orElseThrow().start())
        .isEqualTo(PartialDate.of(2019, 10));
  }

  @Test
  void keepsYearAfterProductNameOutOfDates() {
    String text = "Visual Studio 2019, Office 2016, Windows Server 2012";
    assertThat(DateRanges.findAll(text)).isEmpty();
  }

  @Test
  void throwsOnNullText() {
    assertThatNullPointerException().isThrownBy(() -> DateRanges.findAll(null));
  }

  @Test
  void returnsEmptyWhenNothingFound() {
    assertThat(DateRanges.find("熟悉 Kubernetes 和 Go")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2016/03       | 2016-03
          Sep 2019      | 2019-09
          2019年8月      | 2019-08
          2021.2        | 2021-02
          2018-2-22     | 2018-02-22
          '  2020  '    | 2020
          Summer 2014   | 2014
          08/2019       | 2019-08
          Sept. 2019    | 2019-09
          """)
  void parsesOneDate(String token, String iso) {
    assertThat(DateRanges.parseDate(token)).hasValueSatisfying(d -> assertThat(d).hasToString(iso));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2019 - 2020", "Sep", "3.2", "2019年8月 - 至今", "present", "2019 foo", ""})
  void parsesNoDateFromAnythingElse(String token) {
    assertThat(DateRanges.parseDate(token)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Present",
        "present",
        "PRESENT",
        "Current",
        "Now",
        "now",
        "Today",
        "to date",
        "till now",
        "至今",
        "今",
        "现在",
        "目前",
        "Aujourd'hui",
        "aujourd’hui",
        " Present. "
      })
  void recognizesOngoingWord(String token) {
    assertThat(DateRanges.isOngoing(token)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2019", "presently employed", "nowhere", "今年", "", "past"})
  void rejectsOtherWordsAsOngoing(String token) {
    assertThat(DateRanges.isOngoing(token)).isFalse();
  }

  @Test
  void readsTwoDigitYearsAfterMonthNamesInsideARange() {
    var r = DateRanges.find("Dec. 16 - June 17").orElseThrow();
    Assertions.assertThat(r.start()).hasToString("2016-12");
    Assertions.assertThat(r.end()).hasToString("2017-06");
    var open = DateRanges.find("Backend work, June 17 - Today").orElseThrow();
    Assertions.assertThat(open.start()).hasToString("2017-06");
    Assertions.assertThat(open.ongoing()).isTrue();
    Assertions.assertThat(DateRanges.find("Talk on June 17 in Lyon")).isEmpty();
  }
}
