package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.basics.Fields.Field;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.normalize.Countries;
import dev.vitae.extractor.normalize.Phones;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the person lives: a "Location:"/"现居：" label, a map-pin icon, an "Address:" label, "Based in
 * …", or a header segment shaped like a place ("City, ST", "City, Country"). Wishes ("Desired
 * City") and origins ("籍贯") are not locations; work entries are never read.
 */
final class LocationFinder {
  private static final Set<String> REGIONS =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK", "NL",
          "PE");
  private static final Pattern BASED_IN =
      Pattern.compile(
          "(?i)\\b(?:based in|lives? in|living in|located in|residing in)\\s+([^.;|•·]+)|现居(?:于|住在|在)?\\s*([\\p{IsHan}]{2,12})");
  private static final Pattern CITY_REGION =
      Pattern.compile("^(.*?)[,\\s]\\s*([A-Z]{2})(?:\\s+(\\d{5}(?:-\\d{4})?))?$");
  private static final Pattern PLACE_WORDS = Pattern.compile("^\\p{Lu}[\\p{L}.'’\\- ]{1,40}$");
  private static final Pattern HAN_CITY =
      Pattern.compile("^(?:[\\p{IsHan}]{2,4}省)?([\\p{IsHan}]{2,6}?市)");
  private static final Pattern TRAILING_COMMA_OR_OPEN_PAREN = Pattern.compile("[\\s,(（]+$");
  private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern ENDS_WITH_ZIP = Pattern.compile(".*\\b\\d{5}$");
  private static final Pattern EDGE_SEPARATORS =
      Pattern.compile("^[\\s·・,，\\-—/]+|[\\s·・,，\\-—/]+$");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s·・,，\\-—/]+");
  private static final int MAX_PLACE_WORDS = 6;
  // A UK or Canadian postcode, or four to six digits, at the end or start of a part.
  private static final Pattern TRAILING_POSTAL =
      Pattern.compile(
          "\\s((?:[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})|(?:[A-Z]\\d[A-Z]\\s*\\d[A-Z]\\d)|\\d{4,6})$");
  private static final Pattern LEADING_POSTAL = Pattern.compile("^((?:[A-Z]{1,2}-)?\\d{4,6})\\s");
  // China's provinces, municipalities, autonomous regions and special administrative regions.
  private static final Set<String> MUNICIPALITIES = Set.of("北京", "天津", "上海", "重庆");
  private static final Set<String> PROVINCES =
      Set.of(
          "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
          "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
          "宁夏", "新疆", "香港", "澳门");
  private static final Pattern PROVINCE_SUFFIX =
      Pattern.compile("(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$");
  private static final Pattern HAN_PLACE = Pattern.compile("[\\p{IsHan}]{2,5}[市区县州]?");

  private LocationFinder() {}

  static Optional<Drafted<Location>> find(Scope scope) {
    String address = null;
    int addressLine = -1;
    for (Line line : scope.area) {
      for (Field field : Fields.parse(line.text())) {
        if (field.key() == FieldKey.ADDRESS && address == null && !field.value().isEmpty()) {
          address = Texts.clean(field.value());
          addressLine = line.index();
        }
      }
    }
    for (Line line : scope.area) {
      for (Field field : Fields.parse(line.text())) {
        if (field.key() == FieldKey.LOCATION && !field.value().isEmpty()) {
          Location place = parse(field.value()).orElseGet(() -> asWritten(field.value()));
          if (place != null) {
            return Optional.of(Drafted.at(withAddress(place, address), line.index()));
          }
        }
      }
    }
    // A map pin in the header or contact block; in a summary it marks where something happened.
    for (List<Line> lines : List.of(scope.header, scope.contact)) {
      for (Line line : lines) {
        for (CuedTexts.Cued cued : CuedTexts.of(line)) {
          Location place = cued.kind() == Cue.Kind.LOCATION ? cuedPlace(cued.text()) : null;
          if (place != null) {
            return Optional.of(Drafted.at(withAddress(place, address), line.index()));
          }
        }
      }
    }
    for (Line line : scope.area) {
      Matcher based = BASED_IN.matcher(line.text());
      if (based.find()) {
        String where = based.group(1) != null ? based.group(1) : based.group(2);
        Optional<Location> place = parse(where).or(() -> Optional.ofNullable(asWritten(where)));
        if (place.isPresent()) {
          return Optional.of(Drafted.at(withAddress(place.get(), address), line.index()));
        }
      }
    }
    for (List<Line> lines : List.of(scope.header, scope.contact)) {
      for (Line line : lines) {
        if (Prose.weight(line.text()) > 3 * MAX_PLACE_WORDS) {
          continue;
        }
        for (String segment : Prose.segments(line.text())) {
          Optional<Location> place = parseSegment(segment);
          if (place.isPresent()) {
            return Optional.of(Drafted.at(withAddress(place.get(), address), line.index()));
          }
        }
      }
    }
    for (int i = 0; i < scope.outside.size(); i++) {
      Line line = scope.outside.get(i);
      if (!scope.contactLines.isContactFooter(line.text())) {
        continue;
      }
      // A footer often puts the city on the line after the contacts.
      for (int j = i; j < Math.min(i + 2, scope.outside.size()); j++) {
        for (String segment : Prose.segments(scope.outside.get(j).text())) {
          Optional<Location> place = parseSegment(segment);
          if (place.isPresent()) {
            return Optional.of(Drafted.at(place.get(), scope.outside.get(j).index()));
          }
        }
      }
    }
    if (address != null) {
      String code = Countries.findCode(address).orElse(null);
      return Optional.of(Drafted.at(new Location(address, null, null, code, null), addressLine));
    }
    return Optional.empty();
  }

  /**
   * A place written as "City, ST", "City ST Country", "City, Country", "City (CC)", a country alone
   * or a Chinese "省市" name; empty when the text is not shaped like a place.
   */
  static Optional<Location> parse(String text) {
    String t = Texts.clean(Prose.stripDecoration(text));
    if (t == null || t.isEmpty() || t.contains("@") || t.length() > 80) {
      return Optional.empty();
    }
    if (Prose.hanCount(t) > 0) {
      return parseChinese(t);
    }
    String code = null;
    String rest = t;
    Optional<Countries.Match> country = Countries.findTrailing(t);
    if (country.isPresent()) {
      code = country.get().code();
      rest =
          TRAILING_COMMA_OR_OPEN_PAREN
              .matcher(t.substring(0, country.get().start()))
              .replaceAll("");
    }
    String region = null;
    String postal = null;
    Matcher cr = CITY_REGION.matcher(rest);
    if (cr.matches() && REGIONS.contains(cr.group(2))) {
      region = cr.group(2);
      postal = cr.group(3);
      rest = TRAILING_COMMAS.matcher(cr.group(1)).replaceAll("");
    } else if (code == null) {
      return Optional.empty();
    } else {
      Optional<Location> named = cityRegionPostal(rest, code);
      if (named.isPresent()) {
        return named;
      }
    }
    String city = null;
    String address = null;
    if (!rest.isEmpty()) {
      int comma = rest.lastIndexOf(',');
      city = Texts.clean(comma >= 0 ? rest.substring(comma + 1) : rest);
      address = comma >= 0 ? Texts.clean(rest.substring(0, comma)) : null;
      if (!PLACE_WORDS.matcher(city).matches() || city.split(" ").length > 4) {
        return Optional.empty();
      }
    }
    return Optional.of(new Location(address, postal, city, code, region));
  }

  /**
   * "Leeds, West Yorkshire LS6 2AB" before a country: the city, then a region written out, with a
   * postal code after either (UK, Canadian, or digits) or before the city ("75001 Paris"); a part
   * with digits before them is the street address. Empty when the parts are not shaped so.
   */
  private static Optional<Location> cityRegionPostal(String rest, String code) {
    String[] parts = rest.split(",");
    if (parts.length < 2 || parts.length > 4) {
      return Optional.empty();
    }
    String postal = null;
    String[] names = new String[2];
    for (int i = 0; i < 2; i++) {
      String part = Texts.clean(parts[parts.length - 2 + i]);
      Matcher trailing = TRAILING_POSTAL.matcher(part);
      Matcher leading = LEADING_POSTAL.matcher(part);
      if (postal == null && trailing.find()) {
        postal = trailing.group(1);
        part = Texts.clean(part.substring(0, trailing.start()));
      } else if (postal == null && leading.find()) {
        postal = leading.group(1);
        part = Texts.clean(part.substring(leading.end()));
      }
      if (!PLACE_WORDS.matcher(part).matches() || part.split(" ").length > 3) {
        return Optional.empty();
      }
      names[i] = part;
    }
    String address = null;
    if (parts.length > 2) {
      address = Texts.clean(String.join(",", Arrays.copyOf(parts, parts.length - 2)));
      if (!HAS_DIGIT.matcher(address).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Location(address, postal, names[0], code, names[1]));
  }

  // "四川 成都", "成都, 四川", "浙江省 杭州市": a province (or municipality) and a city; or a
  // municipality alone. Only the closed list of China's provincial divisions makes a bare segment a
  // place: a Chinese segment is otherwise too often a school or an employer.
  private static Optional<Location> provinceAndCity(String segment) {
    String[] parts = SEPARATORS.split(EDGE_SEPARATORS.matcher(segment).replaceAll(""));
    if (parts.length == 1) {
      String name = PROVINCE_SUFFIX.matcher(parts[0]).replaceFirst("");
      return MUNICIPALITIES.contains(name)
          ? Optional.of(new Location(null, null, parts[0], null, null))
          : Optional.empty();
    }
    if (parts.length != 2) {
      return Optional.empty();
    }
    for (int i = 0; i < 2; i++) {
      String province = PROVINCE_SUFFIX.matcher(parts[i]).replaceFirst("");
      String city = parts[1 - i];
      if (PROVINCES.contains(province)
          && !PROVINCES.contains(PROVINCE_SUFFIX.matcher(city).replaceFirst(""))
          && HAN_PLACE.matcher(city).matches()
          && !Vocabulary.hasOrgWord(city)
          && !Vocabulary.hasSchoolWord(city)) {
        return Optional.of(new Location(null, null, city, null, parts[i]));
      }
    }
    return Optional.empty();
  }

  private static Optional<Location> parseSegment(String segment) {
    String s = Texts.clean(segment);
    boolean digits = HAS_DIGIT.matcher(s).matches();
    if (s.isEmpty()
        || WHITESPACE.split(s).length > 2 * MAX_PLACE_WORDS
        || (!digits && WHITESPACE.split(s).length > MAX_PLACE_WORDS)) {
      return Optional.empty();
    }
    if (digits && !ENDS_WITH_ZIP.matcher(s).matches()) {
      // Digits make a place only as its postal code or street number, before a stated country.
      return Prose.hanCount(s) > 0
          ? Optional.empty()
          : parse(s)
              .filter(
                  p -> p.countryCode() != null && (p.postalCode() != null || p.address() != null));
    }
    if (Prose.hanCount(s) > 0) {
      // A bare Chinese segment is too often a school or a company: only a stated country or a
      // province counts.
      return Countries.findTrailing(s).isPresent() || s.startsWith("中国")
          ? parseChinese(s)
          : provinceAndCity(s);
    }
    // Only the place itself: what precedes it in a segment is too often a school or an employer.
    return parse(s)
        .map(
            p ->
                new Location(
                    p.address() != null && HAS_DIGIT.matcher(p.address()).matches()
                        ? p.address()
                        : null,
                    p.postalCode(),
                    p.city(),
                    p.countryCode(),
                    p.region()));
  }

  private static Optional<Location> parseChinese(String t) {
    String code = null;
    String rest = t;
    Optional<Countries.Match> country = Countries.find(t);
    if (country.isPresent()) {
      code = country.get().code();
      rest = (t.substring(0, country.get().start()) + t.substring(country.get().end())).strip();
    }
    rest = EDGE_SEPARATORS.matcher(rest).replaceAll("");
    String city = null;
    if (!rest.isEmpty()) {
      Matcher m = HAN_CITY.matcher(rest);
      if (m.find()) {
        city = m.group(1);
      } else {
        String[] parts = SEPARATORS.split(rest);
        city = parts[parts.length - 1];
      }
      if (Prose.hanCount(city) == 0 || city.length() > 12) {
        city = null;
      }
    }
    if (city == null && code == null) {
      return Optional.empty();
    }
    return Optional.of(new Location(null, null, city, code, null));
  }

  // The text after a map pin: a place, else a street address (it has digits), else a place as
  // written ("Remote"); never an email, a URL or a phone number.
  private static @Nullable Location cuedPlace(String text) {
    Optional<Location> place = parse(text);
    if (place.isPresent()) {
      return place.get();
    }
    String v = Texts.clean(Prose.stripDecoration(text));
    if (v == null
        || v.isEmpty()
        || v.contains("@")
        || !Prose.urlTokens(v).isEmpty()
        || !Phones.find(v, null).isEmpty()
        || v.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    if (HAS_DIGIT.matcher(v).matches()) {
      return new Location(v, null, null, Countries.findCode(v).orElse(null), null);
    }
    return asWritten(v);
  }

  // A labelled place that has no recognizable shape ("Remote", "Bay Area") is kept as the city.
  private static @Nullable Location asWritten(String value) {
    String v = Texts.clean(Prose.stripDecoration(value));
    if (v == null || v.isEmpty() || Prose.weight(v) > MAX_PLACE_WORDS || v.contains("@")) {
      return null;
    }
    return new Location(null, null, v, Countries.findCode(v).orElse(null), null);
  }

  private static Location withAddress(Location place, @Nullable String address) {
    if (address == null || place.address() != null) {
      return place;
    }
    return new Location(
        address, place.postalCode(), place.city(), place.countryCode(), place.region());
  }
}
