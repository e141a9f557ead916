package dev.vitae.extractor.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!。，；]+$");
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
  private static final Gazetteer<String> NAMES;
  private static final Gazetteer<String> ABBREVIATED = Gazetteer.of(ABBREVIATIONS, false);

  static {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(code).build();
      codes.putIfAbsent(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
      codes.putIfAbsent(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), code);
    }
    codes.putAll(ALIASES);
    // One-letter names would be found everywhere.
    codes.keySet().removeIf(name -> name.length() < 2);
    NAMES = Gazetteer.of(codes, true);
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
   * The first country named in {@code text} with where it was written, or empty when none is. Null
   * or blank text gives empty.
   */
  public static Optional<Match> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // A name wins over an abbreviation that starts at the same place ("UK" never hides "Ukraine").
    Optional<Gazetteer.Hit<String>> name = NAMES.find(text, 0);
    Optional<Gazetteer.Hit<String>> abbreviation =
        ABBREVIATED.find(text, 0).filter(a -> name.isEmpty() || a.start() < name.get().start());
    Optional<Gazetteer.Hit<String>> first = abbreviation.isPresent() ? abbreviation : name;
    if (first.isPresent()) {
      Gazetteer.Hit<String> hit = first.get();
      return Optional.of(new Match(hit.value(), hit.start(), hit.end()));
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
    String trimmed = TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
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
    return code != null && ISO_CODES.contains(code);
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
