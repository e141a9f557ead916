package dev.vitae.extractor.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names in English or Chinese to ISO 3166-1 alpha-2 codes. Names come from the JDK's
 * display names for every ISO country plus common short forms ("USA", "UK", "中国", "美国"). Two-letter
 * codes alone are not read as countries ("CA" is more often California), except in parentheses
 * after a city ("Lyon (FR)").
 */
public final class Countries {
  /** Short forms that are only read in upper case, since "us" is a common word. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("USA", "US"),
          Map.entry("U.S.A.", "US"),
          Map.entry("U.S.A", "US"),
          Map.entry("US", "US"),
          Map.entry("U.S.", "US"),
          Map.entry("UK", "GB"),
          Map.entry("U.K.", "GB"),
          Map.entry("PRC", "CN"),
          Map.entry("P.R.C.", "CN"),
          Map.entry("UAE", "AE"),
          Map.entry("ROK", "KR"));

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("united states of america", "US"),
          Map.entry("america", "US"),
          Map.entry("great britain", "GB"),
          Map.entry("britain", "GB"),
          Map.entry("england", "GB"),
          Map.entry("scotland", "GB"),
          Map.entry("wales", "GB"),
          Map.entry("p.r. china", "CN"),
          Map.entry("mainland china", "CN"),
          Map.entry("people's republic of china", "CN"),
          Map.entry("korea", "KR"),
          Map.entry("s.korea", "KR"),
          Map.entry("s. korea", "KR"),
          Map.entry("republic of korea", "KR"),
          Map.entry("hong kong", "HK"),
          Map.entry("macau", "MO"),
          Map.entry("macao", "MO"),
          Map.entry("russian federation", "RU"),
          Map.entry("viet nam", "VN"),
          Map.entry("czech republic", "CZ"),
          Map.entry("turkey", "TR"),
          Map.entry("holland", "NL"),
          Map.entry("the netherlands", "NL"),
          Map.entry("中国", "CN"),
          Map.entry("中国大陆", "CN"),
          Map.entry("中华人民共和国", "CN"),
          Map.entry("美国", "US"),
          Map.entry("美利坚合众国", "US"),
          Map.entry("英国", "GB"),
          Map.entry("韩国", "KR"),
          Map.entry("香港", "HK"),
          Map.entry("澳门", "MO"),
          Map.entry("台湾", "TW"),
          Map.entry("新加坡", "SG"),
          Map.entry("日本", "JP"));

  private static final Pattern PARENTHESISED_CODE = Pattern.compile("[(（]([A-Z]{2})[)）]");
  private static final Pattern NAMES;
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(code).build();
      CODES.putIfAbsent(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
      CODES.putIfAbsent(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), code);
    }
    CODES.putAll(ALIASES);
    List<String> names = new ArrayList<>(CODES.keySet());
    // Longest first so that "United States of America" wins over "America".
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String name : names) {
      if (name.length() < 2) {
        continue;
      }
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    for (String abbreviation : ABBREVIATIONS.keySet()) {
      alternation.append('|').append(Pattern.quote(abbreviation));
    }
    NAMES =
        Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])(?:" + alternation + ")(?![\\p{IsLatin}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private Countries() {}

  /**
   * The code of the first country named in {@code text}, or empty when none is. Null or blank text
   * gives empty.
   */
  public static Optional<String> findCode(String text) {
    return find(text).map(Match::code);
  }

  /**
   * The first country named in {@code text} with where it was written, or empty when none is.
   * Null or blank text gives empty.
   */
  public static Optional<Match> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      String found = m.group();
      String abbreviation = ABBREVIATIONS.get(found);
      if (abbreviation != null) {
        return Optional.of(new Match(abbreviation, m.start(), m.end()));
      }
      String code = CODES.get(found.toLowerCase(Locale.ROOT));
      if (code != null) {
        return Optional.of(new Match(code, m.start(), m.end()));
      }
    }
    Matcher p = PARENTHESISED_CODE.matcher(text);
    while (p.find()) {
      String code = p.group(1);
      if (isIsoCode(code)) {
        return Optional.of(new Match(code, p.start(), p.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * The country named at the very end of {@code text} ("Beijing, China", "Somerville MA USA", "Lyon
   * (FR)"), trailing punctuation aside, or empty. Null or blank text gives empty.
   */
  public static Optional<Match> findTrailing(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.replaceFirst("[\\s.,;:!。，；]+$", "");
    Match last = null;
    int from = 0;
    while (from < trimmed.length()) {
      Optional<Match> next = find(trimmed.substring(from));
      if (next.isEmpty()) {
        break;
      }
      Match m = next.get();
      last = new Match(m.code(), m.start() + from, m.end() + from);
      from = last.end();
    }
    return last != null && last.end() == trimmed.length() ? Optional.of(last) : Optional.empty();
  }

  /** Whether {@code code} is an ISO 3166-1 alpha-2 code (upper case). */
  public static boolean isIsoCode(String code) {
    for (String c : Locale.getISOCountries()) {
      if (c.equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A country name found in a text.
   *
   * @param code ISO 3166-1 alpha-2 code
   * @param start index of the name's first character
   * @param end index one past the name's last character
   */
  public record Match(String code, int start, int end) {}
}
