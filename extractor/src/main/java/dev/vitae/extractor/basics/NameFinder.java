package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.basics.Fields.Field;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's name, from the strongest evidence down: a "Name:" label; a title such as "Resume of
 * X" or "X的简历"; the first header line that looks like a name; a bare name in a summary or contact
 * list; and only when nothing better exists, a handle ("About xieydd", a GitHub user, an email's
 * local part).
 */
final class NameFinder {
  private static final int HEADER_LINES = 10;

  private static final List<Pattern> TITLES =
      List.of(
          Pattern.compile(
              "(?i)^(?:resume|résumé|cv|curriculum vitae)\\s*(?:of|for|[-–—:：|])\\s*(.+)$"),
          Pattern.compile("(?i)^(.+?)\\s*['’]s?\\s+(?:resume|résumé|cv|curriculum vitae)$"),
          Pattern.compile("(?i)^(.+?)\\s*[-–—|]\\s*(?:resume|résumé|cv|curriculum vitae)$"),
          Pattern.compile("^(.+?)的(?:个人)?(?:简历|履历)$"),
          Pattern.compile("^(?:个人)?(?:简历|履历)\\s*[-—:：|]\\s*(.+)$"));
  private static final Pattern ABOUT = Pattern.compile("(?i)^about\\s+(.+)$");
  private static final Pattern HANDLE = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{1,38}");
  private static final Pattern PRONOUNS =
      Pattern.compile(
          "\\s*[(（][^)）]{0,20}(?:/|he|she|they)[^)）]{0,20}[)）]\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LATIN_TOKEN =
      Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DOTS_AND_COMMAS = Pattern.compile("[.,]");
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "de", "da", "di", "del", "der", "den", "le", "la", "du", "bin", "binti",
          "al", "dos", "das", "y", "e");
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "resume",
          "résumé",
          "cv",
          "curriculum",
          "vitae",
          "summary",
          "experience",
          "education",
          "skills",
          "skill",
          "contact",
          "contacts",
          "profile",
          "university",
          "college",
          "school",
          "institute",
          "academy",
          "inc",
          "ltd",
          "llc",
          "corp",
          "corporation",
          "company",
          "group",
          "technologies",
          "technology",
          "street",
          "road",
          "avenue",
          "the",
          "and",
          "of",
          "for",
          "page",
          "about",
          "me",
          "objective",
          "references",
          "projects",
          "project",
          "portfolio",
          "personal",
          "information",
          "email",
          "phone",
          "mobile",
          "software",
          "hardware",
          "senior",
          "junior",
          "lead",
          "data",
          "web",
          "full",
          "stack",
          "work",
          "employment",
          "history",
          "languages",
          "interests",
          "awards",
          "publications",
          "certificates",
          "engineer",
          "developer",
          "manager",
          "architect",
          "scientist",
          "designer",
          "consultant",
          "analyst",
          "director",
          "intern",
          "student",
          "leader",
          "programmer",
          "researcher",
          "specialist",
          "officer",
          "administrator",
          "devops",
          "sre",
          "cloud",
          "platform",
          "systems",
          "system",
          "learning",
          "machine",
          "science",
          "computer",
          "engineering",
          "research",
          "design",
          "development",
          "product",
          "team",
          "sales",
          "marketing",
          "qualifications",
          "highlights",
          "achievements",
          "overview",
          "introduction",
          "welcome",
          "hello",
          "thanks",
          "java",
          "python",
          "golang",
          "linux",
          "kubernetes",
          "github",
          "linkedin",
          "twitter",
          "wechat",
          "blog",
          "website",
          "homepage",
          "address",
          "location",
          "present",
          "current",
          "china",
          "beijing",
          "shanghai",
          "new",
          "york",
          "san",
          "francisco",
          "usa",
          "remote");
  private static final Set<String> NOT_HANDLES =
      Set.of(
          "me",
          "myself",
          "us",
          "this",
          "the",
          "contact",
          "info",
          "hr",
          "admin",
          "resume",
          "cv",
          "jobs",
          "job",
          "mail",
          "email",
          "hello",
          "hi",
          "support",
          "noreply",
          "no-reply",
          "career",
          "careers");
  private static final Set<String> NOT_NAME_HAN =
      Set.of(
          "简历", "信息", "经历", "经验", "技能", "教育", "项目", "工作", "个人", "联系", "电话", "邮箱", "求职", "意向", "自我",
          "评价", "工程师", "开发", "经理", "专业", "大学", "学院", "公司", "职位", "总结", "介绍", "方式", "地址", "城市", "期望",
          "证书", "荣誉", "奖项", "技术", "能力", "背景", "平台", "系统", "管理", "设计", "实习", "目标", "姓名", "性别", "年龄",
          "学历", "籍贯", "模板", "以上", "以下", "主要", "负责", "参与", "熟悉", "了解", "掌握");

  private NameFinder() {}

  static Optional<Drafted<String>> find(
      Scope scope, List<Drafted<Profile>> profiles, Optional<Drafted<String>> email) {
    Optional<Drafted<String>> labelled = fromLabel(scope);
    if (labelled.isPresent()) {
      return labelled;
    }
    String handle = null;
    int handleLine = -1;
    for (Scope.Heading heading : scope.titles) {
      Optional<String> title = fromTitle(heading.text());
      if (title.isPresent()) {
        return Optional.of(Drafted.at(title.get(), Math.max(heading.line(), 0)));
      }
      if (heading.kind() == SectionKind.HEADER) {
        Optional<String> name = nameIn(heading.text());
        if (name.isPresent()) {
          return Optional.of(Drafted.at(name.get(), Math.max(heading.line(), 0)));
        }
      }
      Matcher about = ABOUT.matcher(Texts.clean(heading.text()));
      if (about.matches() && handle == null) {
        String who = about.group(1).strip();
        if (isName(who)) {
          return Optional.of(Drafted.at(cleanName(who), Math.max(heading.line(), 0)));
        }
        if (HANDLE.matcher(who).matches() && !NOT_HANDLES.contains(who.toLowerCase(Locale.ROOT))) {
          handle = who;
          handleLine = Math.max(heading.line(), 0);
        }
      }
    }
    for (int i = 0; i < Math.min(scope.header.size(), HEADER_LINES); i++) {
      Line line = scope.header.get(i);
      Optional<String> title = fromTitle(line.text());
      if (title.isPresent()) {
        return Optional.of(Drafted.at(title.get(), line.index()));
      }
      Optional<String> name = nameIn(line.text());
      if (name.isPresent()) {
        return Optional.of(Drafted.at(name.get(), line.index()));
      }
    }
    for (List<Line> lines : List.of(scope.summary, scope.contact)) {
      for (Line line : lines) {
        if (line.style().isListItem() || lines == scope.contact) {
          Optional<String> found = nameIn(line.text());
          if (found.isPresent()) {
            return Optional.of(Drafted.at(found.get(), line.index()));
          }
        }
      }
    }
    // A sidebar read before the main column puts the name's heading in another section: the
    // first page's top-level heading that reads as a name.
    for (Line line : scope.doc.lines()) {
      if (line.page() > 1) {
        break;
      }
      if (line.style().headingLevel() == 1) {
        Optional<String> name = nameIn(line.text());
        if (name.isPresent()) {
          return Optional.of(Drafted.at(name.get(), line.index()));
        }
      }
    }
    if (handle != null) {
      return Optional.of(Drafted.at(handle, handleLine));
    }
    for (Drafted<Profile> profile : profiles) {
      if ("GitHub".equals(profile.value().network()) && profile.value().username() != null) {
        return Optional.of(Drafted.at(profile.value().username(), profile.firstLine()));
      }
    }
    if (email.isPresent()) {
      String local = email.get().value().substring(0, email.get().value().indexOf('@'));
      if (HANDLE.matcher(local).matches() && !NOT_HANDLES.contains(local)) {
        return Optional.of(Drafted.at(local, email.get().firstLine()));
      }
    }
    return Optional.empty();
  }

  /** The name a title line gives ("Resume of X", "X's CV", "X的简历"), or empty. */
  static Optional<String> fromTitle(String text) {
    String t = Texts.clean(text);
    if (t == null || t.isEmpty() || t.length() > 80) {
      return Optional.empty();
    }
    for (Pattern title : TITLES) {
      Matcher m = title.matcher(t);
      if (m.matches()) {
        String who = m.group(1).strip();
        if (isName(who)) {
          return Optional.of(cleanName(who));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} looks like a person's name: Chinese (surname + 1–3) or 2–4 Latin words.
   */
  static boolean isName(String text) {
    String t = cleanName(text);
    return isChineseName(t) || isLatinName(t);
  }

  static boolean isChineseName(String text) {
    String t = text.replace(" ", "");
    int n = t.codePointCount(0, t.length());
    if (n < 2 || n > 4 || !t.codePoints().allMatch(FieldKey::isHan)) {
      return false;
    }
    for (String word : NOT_NAME_HAN) {
      if (t.contains(word)) {
        return false;
      }
    }
    return Surnames.startsWithSurname(t);
  }

  static boolean isLatinName(String text) {
    String[] tokens = WHITESPACE.split(text);
    if (tokens.length < 2 || tokens.length > 4 || text.length() > 40) {
      return false;
    }
    int capitalised = 0;
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (NOT_NAME_WORDS.contains(DOTS_AND_COMMAS.matcher(lower).replaceAll(""))) {
        return false;
      }
      if (PARTICLES.contains(lower)) {
        continue;
      }
      if (!LATIN_TOKEN.matcher(token).matches() || token.codePoints().anyMatch(cp -> cp > 0x24F)) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }

  private static Optional<Drafted<String>> fromLabel(Scope scope) {
    for (Line line : scope.area) {
      for (Field field : Fields.parse(line.text())) {
        if (field.key() == FieldKey.NAME) {
          String value = cleanName(firstToken(field.value()));
          if (!value.isEmpty() && value.length() <= 40) {
            return Optional.of(Drafted.at(value, line.index()));
          }
        }
      }
    }
    return Optional.empty();
  }

  // "黄超梵 籍贯" is cut at the next label by Fields; a Chinese value ends at the first space.
  private static String firstToken(String value) {
    String v = Texts.clean(value);
    if (Prose.hanCount(v) > 0 && v.contains(" ")) {
      return v.substring(0, v.indexOf(' '));
    }
    return v;
  }

  private static Optional<String> nameIn(String text) {
    String t = Prose.stripDecoration(text);
    if (t.isEmpty() || t.contains("@") || t.length() > 80) {
      return Optional.empty();
    }
    if (isName(t)) {
      return Optional.of(cleanName(t));
    }
    List<String> segments = Prose.segments(t);
    if (segments.size() > 1 && isName(segments.get(0))) {
      return Optional.of(cleanName(segments.get(0)));
    }
    // "Rebecca Atherton, Primary School Teacher": a name, then the person's title.
    int comma = t.indexOf(", ");
    if (comma > 0
        && isName(t.substring(0, comma))
        && Vocabulary.hasTitleWord(t.substring(comma + 2))) {
      return Optional.of(cleanName(t.substring(0, comma)));
    }
    return Optional.empty();
  }

  static String cleanName(String text) {
    String t = Texts.clean(Prose.stripDecoration(text));
    return Texts.clean(PRONOUNS.matcher(t).replaceFirst(""));
  }
}
