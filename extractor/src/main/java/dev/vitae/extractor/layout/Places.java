package dev.vitae.extractor.layout;

import dev.vitae.extractor.normalize.Countries;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a short text names a place (a country, a major city, "City, ST", "Remote"), so that
 * entry headers can put it in {@code location} rather than the employer.
 */
public final class Places {
  // Major cities where resumes are written about; a gazetteer, not a guess from shape.
  private static final Set<String> CITIES =
      Set.of(
          "beijing",
          "shanghai",
          "shenzhen",
          "guangzhou",
          "hangzhou",
          "chengdu",
          "nanjing",
          "wuhan",
          "xian",
          "xi'an",
          "suzhou",
          "tianjin",
          "chongqing",
          "dalian",
          "xiamen",
          "qingdao",
          "changsha",
          "hefei",
          "jinan",
          "zhengzhou",
          "shenyang",
          "harbin",
          "kunming",
          "fuzhou",
          "hong kong",
          "taipei",
          "macau",
          "singapore",
          "tokyo",
          "osaka",
          "kyoto",
          "seoul",
          "bangalore",
          "bengaluru",
          "mumbai",
          "delhi",
          "new delhi",
          "hyderabad",
          "pune",
          "chennai",
          "london",
          "paris",
          "berlin",
          "munich",
          "hamburg",
          "frankfurt",
          "amsterdam",
          "dublin",
          "zurich",
          "geneva",
          "vienna",
          "stockholm",
          "copenhagen",
          "oslo",
          "helsinki",
          "madrid",
          "barcelona",
          "lisbon",
          "rome",
          "milan",
          "warsaw",
          "prague",
          "budapest",
          "moscow",
          "istanbul",
          "tel aviv",
          "dubai",
          "sydney",
          "melbourne",
          "brisbane",
          "auckland",
          "toronto",
          "vancouver",
          "montreal",
          "ottawa",
          "new york",
          "new york city",
          "nyc",
          "san francisco",
          "sf",
          "seattle",
          "redmond",
          "bellevue",
          "mountain view",
          "palo alto",
          "menlo park",
          "sunnyvale",
          "cupertino",
          "san jose",
          "los angeles",
          "san diego",
          "boston",
          "cambridge",
          "chicago",
          "austin",
          "dallas",
          "houston",
          "denver",
          "atlanta",
          "miami",
          "washington",
          "washington dc",
          "philadelphia",
          "pittsburgh",
          "portland",
          "salt lake city",
          "raleigh",
          "detroit",
          "minneapolis",
          "ann arbor",
          "berkeley",
          "oxford",
          "edinburgh",
          "manchester",
          "lyon",
          "grenoble",
          "toulouse",
          "bordeaux",
          "nantes",
          "lille",
          "marseille",
          "brussels",
          "remote",
          "hybrid",
          "北京",
          "上海",
          "深圳",
          "广州",
          "杭州",
          "成都",
          "南京",
          "武汉",
          "西安",
          "苏州",
          "天津",
          "重庆",
          "大连",
          "厦门",
          "青岛",
          "长沙",
          "合肥",
          "济南",
          "郑州",
          "沈阳",
          "哈尔滨",
          "昆明",
          "福州",
          "香港",
          "台北",
          "澳门",
          "新加坡",
          "东京",
          "首尔",
          "远程");
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'.-]+(?:[ -]\\p{Lu}[\\p{L}'.-]+){0,2})\\s*\\((\\p{L}[\\p{L} ]{1,30})\\)$");
  private static final Pattern CITY_STATE =
      Pattern.compile("^[A-Z][a-zA-Z .'-]{1,30},\\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Places() {}

  /** Whether the whole text is a place name. */
  public static boolean isPlace(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 40) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (CITIES.contains(lower) || isCountry(t)) {
      return true;
    }
    if (CITY_STATE.matcher(t).matches()) {
      String[] parts = t.split(",");
      String region = parts[1].strip();
      return (region.length() == 2 && Character.isUpperCase(region.charAt(1))) || isCountry(region);
    }
    // "Lyon (FR)", "Saint-Etienne (France)": a name qualified by its country is a place
    var qualified = QUALIFIED.matcher(t);
    if (qualified.matches()) {
      String name = qualified.group(1);
      String country = qualified.group(2);
      boolean oneName = !name.contains(" ") || CITIES.contains(name.toLowerCase(Locale.ROOT));
      return oneName && (isCountry(country) || isCountryCode(country));
    }
    // "Beijing, China", "上海市"
    if (t.endsWith("市") && CITIES.contains(t.substring(0, t.length() - 1))) {
      return true;
    }
    return false;
  }

  /**
   * Splits a trailing place off a name: "Zenika Lyon (FR)" → ["Zenika", "Lyon (FR)"]; empty when
   * the text does not end with a place or is nothing but one.
   */
  public static Optional<String[]> splitTrailingPlace(String text) {
    String[] words = WHITESPACE.split(text.strip());
    for (int n = Math.min(4, words.length - 1); n >= 1; n--) {
      String tail = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
      String head = String.join(" ", Arrays.copyOfRange(words, 0, words.length - n));
      if (isPlace(tail) && (tail.endsWith(")") || CITIES.contains(tail.toLowerCase(Locale.ROOT)))) {
        return Optional.of(new String[] {head, tail});
      }
    }
    return Optional.empty();
  }

  /** Whether the text is an ISO 3166-1 alpha-2 code in capitals ("FR", "CZ"). */
  public static boolean isCountryCode(String text) {
    String t = text.strip();
    return t.length() == 2 && t.equals(t.toUpperCase(Locale.ROOT)) && Countries.isIsoCode(t);
  }

  /** Whether the whole text names a country ("France", "USA", "中国"). */
  private static boolean isCountry(String text) {
    String t = text.strip();
    return Countries.find(t).filter(m -> m.start() == 0 && m.end() == t.length()).isPresent();
  }
}
