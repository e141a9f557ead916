package dev.vitae.bench.devcorpus;

import dev.vitae.extractor.model.PartialDate;

/**
 * How a date is written. Each style writes a year alone as the year, a month in its own way, and a
 * full date in a matching way; none depends on the JVM's locale.
 */
public enum DateStyle {
  /** {@code Jan 2019}, {@code 22 Aug 2016}. */
  MON_YEAR,
  /** {@code January 2019}, {@code August 22, 2016}. */
  MONTH_YEAR,
  /** {@code 2019-01}, {@code 2016-08-22}. */
  ISO,
  /** {@code 01/2019}; a full date year first, {@code 2016/08/22}, which no reader can misread. */
  SLASH,
  /** {@code 2019.01}, {@code 2016.08.22}. */
  DOT,
  /** {@code 2019/01}, {@code 2016/08/22}. */
  YEAR_SLASH,
  /** {@code 2019年1月}, {@code 2016年8月22日}. */
  CHINESE;

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** The date in this style, only as precise as it is. */
  public String format(PartialDate date) {
    int y = date.year();
    int m = date.month();
    int d = date.day();
    if (m == 0) {
      return Integer.toString(y);
    }
    String month = MONTHS[m - 1];
    String abbr = month.substring(0, 3);
    return switch (this) {
      case MON_YEAR -> d == 0 ? abbr + " " + y : d + " " + abbr + " " + y;
      case MONTH_YEAR -> d == 0 ? month + " " + y : month + " " + d + ", " + y;
      case ISO -> d == 0 ? y + "-" + two(m) : y + "-" + two(m) + "-" + two(d);
      case SLASH -> d == 0 ? two(m) + "/" + y : y + "/" + two(m) + "/" + two(d);
      case DOT -> d == 0 ? y + "." + two(m) : y + "." + two(m) + "." + two(d);
      case YEAR_SLASH -> d == 0 ? y + "/" + two(m) : y + "/" + two(m) + "/" + two(d);
      case CHINESE -> d == 0 ? y + "年" + m + "月" : y + "年" + m + "月" + d + "日";
    };
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
