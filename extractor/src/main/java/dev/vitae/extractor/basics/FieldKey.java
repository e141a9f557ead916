package dev.vitae.extractor.basics;

import dev.vitae.extractor.normalize.Scripts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a label in a "Label: value" pair names, for the labels the basics stage cares about. */
enum FieldKey {
  NAME("name", "full name", "姓名", "名字"),
  EMAIL(
      "email",
      "e-mail",
      "e mail",
      "mail",
      "email address",
      "邮箱",
      "电子邮箱",
      "电子邮件",
      "邮件",
      "邮箱地址",
      "电邮"),
  PHONE(
      "phone",
      "tel",
      "telephone",
      "mobile",
      "mob",
      "cell",
      "cellphone",
      "cell phone",
      "mobile phone",
      "phone number",
      "contact number",
      "手机",
      "手机号",
      "手机号码",
      "电话",
      "联系电话",
      "电话号码",
      "移动电话"),
  LOCATION(
      "location",
      "current location",
      "city",
      "current city",
      "residence",
      "based in",
      "现居",
      "现居地",
      "现居住地",
      "居住地",
      "所在地",
      "所在城市",
      "现居城市",
      "当前城市",
      "城市"),
  ADDRESS(
      "address",
      "addr",
      "mailing address",
      "mail address",
      "mailaddress",
      "home address",
      "地址",
      "住址",
      "通讯地址",
      "联系地址",
      "家庭住址",
      "家庭地址"),
  POSITION(
      "desired position",
      "position desired",
      "desired role",
      "desired job",
      "target position",
      "target role",
      "objective",
      "job objective",
      "career objective",
      "title",
      "job title",
      "position",
      "current position",
      "期望职位",
      "期望岗位",
      "求职意向",
      "应聘职位",
      "应聘岗位",
      "意向岗位",
      "意向职位",
      "目标职位",
      "目标岗位",
      "求职岗位",
      "求职方向",
      "期望工作",
      "职位"),
  WEBSITE(
      "website",
      "web site",
      "homepage",
      "home page",
      "personal website",
      "personal site",
      "personal page",
      "site",
      "web",
      "url",
      "portfolio"),
  BLOG("blog", "personal blog", "tech blog", "technical blog"),
  /** Places the person wishes for or comes from, which are not where they live. */
  NOT_A_BASE(
      "desired city",
      "preferred location",
      "preferred city",
      "target city",
      "desired location",
      "hometown",
      "birthplace",
      "place of birth",
      "native place",
      "期望城市",
      "期望地点",
      "意向城市",
      "工作地点",
      "期望工作地点",
      "籍贯",
      "出生地",
      "户籍",
      "户口所在地"),
  /** A label that is none of the above ("QQ", "Gender", "GitHub"). */
  OTHER;

  private static final Map<String, FieldKey> BY_WORDS =
      Stream.of(values())
          .flatMap(k -> k.words.stream().map(w -> Map.entry(w, k)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  private static final Pattern SPACES_OR_UNDERSCORES = Pattern.compile("[\\s_]+");

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> words;

  FieldKey(String... words) {
    this.words = List.of(words);
  }

  /** The key a label names exactly (case and inner spacing aside), or empty. */
  static Optional<FieldKey> of(String label) {
    String key = normalize(label);
    FieldKey exact = BY_WORDS.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (key.codePoints().anyMatch(FieldKey::isHan)) {
      // Chinese labels are compounds: 个人主页, 个人技术博客, 联系手机.
      if (key.contains("博客")) {
        return Optional.of(BLOG);
      }
      if (key.endsWith("主页") || key.endsWith("网站") || key.endsWith("网址")) {
        return Optional.of(WEBSITE);
      }
      if (key.endsWith("邮箱")) {
        return Optional.of(EMAIL);
      }
      if (key.endsWith("手机") || key.endsWith("电话")) {
        return Optional.of(PHONE);
      }
    }
    return Optional.empty();
  }

  static String normalize(String label) {
    return SPACES_OR_UNDERSCORES.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static boolean isHan(int cp) {
    return Scripts.isHan(cp);
  }
}
