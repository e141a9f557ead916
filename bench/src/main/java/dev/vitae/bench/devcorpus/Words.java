package dev.vitae.bench.devcorpus;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vitae.extractor.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words a rendering uses around the gold's values, in the gold's language: headings, labels,
 * degree lines, language and country names, phone numbers and separators. The gold's normalized
 * vocabularies are English ({@code Bachelor}, {@code Chinese}, {@code CN}); a Chinese resume writes
 * them in Chinese ({@code 本科}, {@code 中文}, {@code 中国}), so Chinese renderings do too.
 *
 * @param chinese the gold is mainly Chinese
 * @param variant which of the synonyms to use; renderers pass different numbers
 */
public record Words(boolean chinese, int variant) {

  /** Labels a rendering prints before a value. */
  public enum Label {
    EMAIL("Email", "E-mail", "邮箱", "电子邮箱"),
    PHONE("Phone", "Mobile", "电话", "手机"),
    WEBSITE("Website", "Web", "个人网站", "主页"),
    LOCATION("Location", "Address", "现居", "所在地"),
    PLACE("Location", "Location", "地点", "工作地点"),
    CONTACT("Contact", "Contact", "联系方式", "联系方式"),
    TITLE("Title", "Title", "求职意向", "职位"),
    NAME("Name", "Name", "姓名", "姓名"),
    SCORE("Grade", "Result", "成绩", "成绩"),
    COURSES("Courses", "Relevant coursework", "主修课程", "主修课程"),
    ROLES("Role", "Role", "担任角色", "角色"),
    KEYWORDS("Keywords", "Technologies", "技术栈", "关键词"),
    LINK("Link", "URL", "链接", "链接"),
    POSITION("Position", "Position", "职位", "职位"),
    EMPLOYER("Employer", "Employer", "单位", "公司"),
    ORGANIZATION("Organization", "Organization", "组织", "组织"),
    INSTITUTION("Institution", "School", "学校", "学校"),
    DEGREE("Degree", "Degree", "学历", "学历"),
    DATES("Dates", "Dates", "时间", "时间"),
    ACTIVITIES("Main activities and responsibilities", "Responsibilities", "主要工作", "工作内容"),
    ISSUER("Issuer", "Issued by", "颁发机构", "颁发机构"),
    AWARDER("Awarded by", "Awarder", "颁发单位", "颁发单位"),
    PUBLISHER("Publisher", "Published in", "发表于", "期刊"),
    LEVEL("Level", "Level", "水平", "水平");

    private final String english;
    private final String englishAlt;
    private final String chinese;
    private final String chineseAlt;

    Label(String english, String englishAlt, String chinese, String chineseAlt) {
      this.english = english;
      this.englishAlt = englishAlt;
      this.chinese = chinese;
      this.chineseAlt = chineseAlt;
    }
  }

  /** How a phone number is written. */
  public enum PhoneStyle {
    /** As the gold has it: {@code +919890012345}. */
    E164,
    /** {@code +91 98900 12345}. */
    INTERNATIONAL,
    /** As dialled at home: {@code 098900 12345}, {@code (404) 555-0123}, {@code 138 0013 8000}. */
    NATIONAL
  }

  private static final Map<String, String> STUDY_TYPES_ZH =
      Map.of(
          "High School", "高中",
          "Associate", "大专",
          "Bachelor", "本科",
          "Master", "硕士",
          "Doctorate", "博士",
          "Diploma", "中专",
          "Certificate", "结业证书");

  private static final Map<String, String> LANGUAGES_ZH =
      Map.ofEntries(
          Map.entry("Chinese", "中文"),
          Map.entry("Mandarin", "普通话"),
          Map.entry("Cantonese", "粤语"),
          Map.entry("Hokkien", "闽南语"),
          Map.entry("English", "英语"),
          Map.entry("Japanese", "日语"),
          Map.entry("Korean", "韩语"),
          Map.entry("German", "德语"),
          Map.entry("French", "法语"),
          Map.entry("Spanish", "西班牙语"),
          Map.entry("Russian", "俄语"),
          Map.entry("Italian", "意大利语"),
          Map.entry("Portuguese", "葡萄牙语"),
          Map.entry("Arabic", "阿拉伯语"));

  private static final Map<String, String> NETWORKS_ZH = Map.of("WeChat", "微信", "Blog", "博客");

  // where the postcode goes before the city and the region is not written
  private static final Set<String> POSTCODE_FIRST = Set.of("DE", "AT", "CH", "FR", "NL", "BE");

  /** The words for a gold, with a renderer's variant. */
  public static Words of(Gold gold, int variant) {
    return new Words(gold.chinese(), variant);
  }

  /** The section's heading. */
  public String heading(Section section) {
    return section.heading(chinese, variant);
  }

  /** A label, without its colon. */
  public String label(Label label) {
    boolean alt = variant % 2 == 1;
    if (chinese) {
      return alt ? label.chineseAlt : label.chinese;
    }
    return alt ? label.englishAlt : label.english;
  }

  /** {@code ": "}, or the full-width colon in Chinese. */
  public String colon() {
    return chinese ? "：" : ": ";
  }

  /** A label and a value: {@code Email: a@b.com}, {@code 邮箱：a@b.com}. */
  public String labelled(Label label, String value) {
    return label(label) + colon() + value;
  }

  /**
   * What stands between the names of an entry's heading: {@code ", "} in English; in Chinese one of
   * {@code " | "}, two spaces, {@code "，"} and {@code " / "}.
   */
  public String separator() {
    if (!chinese) {
      return ", ";
    }
    return switch (Math.floorMod(variant, 4)) {
      case 0 -> " | ";
      case 1 -> "  ";
      case 2 -> "，";
      default -> " / ";
    };
  }

  /** Joins list items (skill keywords, courses, roles) as a resume would. */
  public String list(List<String> items) {
    return String.join(chinese && variant % 2 == 0 ? "、" : ", ", items);
  }

  /**
   * The degree line of an education entry from its study type and area, or null when it has
   * neither: {@code Bachelor in Information Technology}, {@code 本科 · 信息管理}.
   */
  public @Nullable String degree(@Nullable String studyType, @Nullable String area) {
    String type = studyType == null ? null : studyType(studyType);
    if (type == null || area == null) {
      return type == null ? area : type;
    }
    if (chinese) {
      return switch (Math.floorMod(variant, 4)) {
        case 0 -> type + " · " + area;
        case 1 -> area + " " + type;
        case 2 -> area + "（" + type + "）";
        default -> type + "，" + area;
      };
    }
    return switch (Math.floorMod(variant, 4)) {
      case 0 -> type + " in " + area;
      case 1 -> type + " — " + area;
      case 2 -> area + " (" + type + ")";
      default -> type + ", " + area;
    };
  }

  /** The study type as the resume's language writes it. */
  public String studyType(String studyType) {
    return chinese ? STUDY_TYPES_ZH.getOrDefault(studyType, studyType) : studyType;
  }

  /** A language's name as the resume's language writes it ({@code English} → {@code 英语}). */
  public String language(String englishName) {
    return chinese ? LANGUAGES_ZH.getOrDefault(englishName, englishName) : englishName;
  }

  /** A profile network's name ({@code WeChat} → {@code 微信} in Chinese). */
  public String network(String network) {
    return chinese ? NETWORKS_ZH.getOrDefault(network, network) : network;
  }

  /** A country's name from its ISO code ({@code GB} → {@code United Kingdom}, {@code CN} → 中国). */
  public String country(String code) {
    Locale region = new Locale.Builder().setRegion(code).build();
    String name = region.getDisplayCountry(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /**
   * Where the person lives, as one line: {@code 14 Leicester Street, Carlton, VIC 3053, Australia},
   * {@code Weserstraße 48, 12045 Berlin, Germany}, {@code 中国 广东 深圳}; null when nothing is stated.
   */
  public @Nullable String location(@Nullable Location location) {
    if (location == null) {
      return null;
    }
    String country = location.countryCode() == null ? null : country(location.countryCode());
    List<String> parts = new ArrayList<>();
    if (chinese) {
      add(parts, country);
      add(parts, location.region());
      add(parts, location.city());
      add(parts, location.address());
      add(parts, location.postalCode());
      return parts.isEmpty() ? null : String.join(" ", parts);
    }
    add(parts, location.address());
    String postal = location.postalCode();
    if (postal != null
        && location.region() == null
        && location.countryCode() != null
        && POSTCODE_FIRST.contains(location.countryCode())) {
      add(parts, location.city() == null ? postal : postal + " " + location.city());
    } else {
      add(parts, location.city());
      add(parts, join(" ", location.region(), postal));
    }
    add(parts, country);
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** A phone number in the given style; a number that does not parse is written as it is. */
  public static String phone(String number, PhoneStyle style) {
    if (style == PhoneStyle.E164) {
      return number;
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      PhoneNumber parsed = util.parse(number, "ZZ");
      if (!util.isValidNumber(parsed)) {
        return number;
      }
      return util.format(
          parsed,
          style == PhoneStyle.NATIONAL
              ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
              : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return number;
    }
  }

  private static void add(List<String> parts, @Nullable String part) {
    if (part != null && !part.isBlank()) {
      parts.add(part);
    }
  }

  private static @Nullable String join(String separator, @Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + separator + b;
  }
}
