package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date only as precise as the source: a year, a year and month, or a full date.
 * Serializes to {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 *
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (always 0 when month is 0)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1000 || year > 2999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day < 0 || day > 31 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate of(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  /** Parses the ISO form this type writes; empty for anything else. */
  public static Optional<PartialDate> findIso(String text) {
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(y, mo, d));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @JsonCreator
  public static PartialDate parseIso(String text) {
    return findIso(text)
        .orElseThrow(() -> new IllegalArgumentException("not an ISO date: " + text));
  }

  @JsonValue
  @Override
  public String toString() {
    // Written by hand: String.format was a visible cost of writing every output.
    StringBuilder sb = new StringBuilder(10);
    pad(sb, year, 4);
    if (month != 0) {
      pad(sb.append('-'), month, 2);
      if (day != 0) {
        pad(sb.append('-'), day, 2);
      }
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = Integer.compare(month, o.month);
    }
    return c != 0 ? c : Integer.compare(day, o.day);
  }
}
