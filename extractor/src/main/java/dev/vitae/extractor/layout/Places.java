package dev.vitae.extractor.layout;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a short text names a place (a country, a major city, "City, ST", "Remote"), so
 * that entry headers can put it in {@code location} rather than the employer.
 */
public final class Places {
  private static final Map<String, String> COUNTRIES = new HashMap<>();
  // Major cities where resumes are written about; a gazetteer, not a guess from shape.
  private static final Set<String> CITIES =
      Set.of(
          "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "chengdu", "nanjing", "wuhan",
          "xian", "xi'an", "suzhou", "tianjin", "chongqing", "dalian", "xiamen", "qingdao", "changsha",
          "hefei", "jinan", "zhengzhou", "shenyang", "harbin", "kunming", "fuzhou", "hong kong",
          "taipei", "macau", "singapore", "tokyo", "osaka", "kyoto", "seoul", "bangalore", "bengaluru",
          "mumbai", "delhi", "new delhi", "hyderabad", "pune", "chennai", "london", "paris", "berlin",
          "munich", "hamburg", "frankfurt", "amsterdam", "dublin", "zurich", "geneva", "vienna",
          "stockholm", "copenhagen", "oslo", "helsinki", "madrid", "barcelona", "lisbon", "rome",
          "milan", "warsaw", "prague", "budapest", "moscow", "istanbul", "tel aviv", "dubai",
          "sydney", "melbourne", "brisbane", "auckland", "toronto", "vancouver", "montreal",
          "ottawa", "new york", "new york city", "nyc", "san francisco", "sf", "seattle", "redmond",
          "bellevue", "mountain view", "palo alto", "menlo park", "sunnyvale", "cupertino",
          "san jose", "los angeles", "san diego", "boston", "cambridge", "chicago", "austin",
          "dallas", "houston", "denver", "atlanta", "miami", "washington", "washington dc",
          "philadelphia", "pittsburgh", "portland", "salt lake city", "raleigh", "detroit",
          "minneapolis", "ann arbor", "berkeley", "oxford", "edinburgh", "manchester", "lyon",
          "grenoble", "toulouse", "bordeaux", "nantes", "lille", "marseille", "brussels",
          "remote", "hybrid",
          "北京", "上海", "深圳", "广州", "杭州", "成都", "南京", "武汉", "西安", "苏州", "天津", "重庆",
          "大连", "厦门", "青岛", "长沙", "合肥", "济南", "郑州", "沈阳", "哈尔滨", "昆明", "福州", "香港",
          "台北", "澳门", "新加坡", "东京", "首尔", "远程");
  private static final Pattern CITY_STATE =
      Pattern.compile("^[A-Z][a-zA-Z .'-]{1,30},\\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$");

  static {
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(code).build();
      COUNTRIES.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
      COUNTRIES.put(l.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), code);
    }
    COUNTRIES.put("usa", "US");
    COUNTRIES.put("us", "US");
    COUNTRIES.put("u.s.", "US");
    COUNTRIES.put("u.s.a.", "US");
    COUNTRIES.put("uk", "GB");
    COUNTRIES.put("england", "GB");
    COUNTRIES.put("中国", "CN");
    COUNTRIES.put("美国", "US");
    COUNTRIES.put("英国", "GB");
  }

  private Places() {}

  /** Whether the whole text is a place name. */
  public static boolean isPlace(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 40) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (CITIES.contains(lower) || COUNTRIES.containsKey(lower)) {
      return true;
    }
    if (CITY_STATE.matcher(t).matches()) {
      String[] parts = t.split(",");
      String region = parts[1].strip();
      return (region.length() == 2 && Character.isUpperCase(region.charAt(1)))
          || COUNTRIES.containsKey(region.toLowerCase(Locale.ROOT));
    }
    // "Beijing, China", "上海市"
    if (t.endsWith("市") && CITIES.contains(t.substring(0, t.length() - 1))) {
      return true;
    }
    return false;
  }

  /** The ISO 3166-1 alpha-2 code of a country named by the whole text. */
  public static Optional<String> findCountryCode(String text) {
    return Optional.ofNullable(COUNTRIES.get(text.strip().toLowerCase(Locale.ROOT)));
  }
}
