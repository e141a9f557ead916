package dev.vitae.extractor.section;

import dev.vitae.extractor.normalize.Scripts;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section heading words in English and Chinese, matched loosely: case, punctuation, numbering,
 * decoration, letter-spacing and a trailing colon do not matter.
 */
public final class SectionVocabulary {
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\d{1,2}[.、)]|[一二三四五六七八九十]{1,2}[、.．]|[ivx]{1,4}[.)])\\s*");
  // A parenthetical note at the end, not a list of terms: "(reverse chronological)", "（按时间倒序）".
  private static final Pattern TRAILING_NOTE =
      Pattern.compile("\\s*[(（][^()（）,，;；、|]{1,40}[)）]\\s*$");
  private static final Pattern SPACED_LETTERS = Pattern.compile("^(?:\\p{L} ){2,}\\p{L}$");
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
  // What NUMBERING can start with.
  private static final String NUMBERING_FIRST = "0123456789一二三四五六七八九十ivx";
  // No code point of the Han script lies below U+2E80 (CJK Radicals Supplement).
  private static final char FIRST_HAN = '\u2E80';
  private static final long DECORATION_TYPES =
      1L << Character.OTHER_SYMBOL
          | 1L << Character.MODIFIER_SYMBOL
          | 1L << Character.SURROGATE
          | 1L << Character.PRIVATE_USE
          | 1L << Character.CONNECTOR_PUNCTUATION
          | 1L << Character.DASH_PUNCTUATION
          | 1L << Character.START_PUNCTUATION
          | 1L << Character.END_PUNCTUATION
          | 1L << Character.INITIAL_QUOTE_PUNCTUATION
          | 1L << Character.FINAL_QUOTE_PUNCTUATION
          | 1L << Character.OTHER_PUNCTUATION
          | 1L << Character.MATH_SYMBOL
          | 1L << Character.CURRENCY_SYMBOL;

  private static final Map<String, SectionKind> PHRASES = new LinkedHashMap<>();
  // Where each phrase was first added, which decides between phrases of one length.
  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    add(
        SectionKind.WORK,
        "experience",
        "experiences",
        "work experience",
        "work experiences",
        "working experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career",
        "career history",
        "career summary",
        "relevant experience",
        "industry experience",
        "professional background",
        "positions",
        "positions held",
        "internship",
        "internships",
        "internship experience",
        "research experience",
        "research",
        "research positions",
        "teaching",
        "teaching experience",
        "academic positions",
        "academic appointments",
        "appointments",
        "professional appointments",
        "实践经历",
        "实践经验",
        "work",
        "employment experience",
        "experience history",
        "professional history",
        "job experience",
        "工作经历",
        "工作经验",
        "职业经历",
        "工作履历",
        "任职经历",
        "实习经历",
        "实习经验",
        "工作背景",
        "从业经历",
        "工作",
        "实习");
    add(
        SectionKind.EDUCATION,
        "education",
        "educational background",
        "academic background",
        "academics",
        "education and training",
        "education background",
        "academic history",
        "schooling",
        "教育经历",
        "教育背景",
        "教育",
        "学习经历",
        "教育情况");
    add(
        SectionKind.SKILLS,
        "skills",
        "skill",
        "technical skills",
        "skill set",
        "skillset",
        "skills list",
        "core competencies",
        "competencies",
        "technologies",
        "tech stack",
        "technology stack",
        "technical proficiencies",
        "expertise",
        "areas of expertise",
        "tools",
        "skills and tools",
        "programming skills",
        "professional skills",
        "technical expertise",
        "key skills",
        "skills summary",
        "technical summary",
        "computer skills",
        "strengths",
        "key strengths",
        "技能",
        "专业技能",
        "技能清单",
        "技术栈",
        "个人技能",
        "技术能力",
        "掌握技能",
        "技能特长",
        "专业技能清单",
        "技术技能",
        "技能列表",
        "相关技能",
        "技术特长");
    add(
        SectionKind.PROJECTS,
        "projects",
        "project",
        "project experience",
        "project experiences",
        "personal projects",
        "selected projects",
        "side projects",
        "key projects",
        "academic projects",
        "project history",
        "technical projects",
        "projects and research",
        "项目经历",
        "项目经验",
        "项目",
        "个人项目",
        "项目介绍",
        "主要项目",
        "参与项目");
    add(
        SectionKind.OPEN_SOURCE,
        "open source",
        "open source projects",
        "open source contributions",
        "open source work",
        "open source experience",
        "开源",
        "开源项目",
        "开源贡献",
        "开源经历");
    add(
        SectionKind.AWARDS,
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "honors and awards",
        "awards honors",
        "honors awards",
        "achievements and awards",
        "awards and achievements",
        "prizes",
        "获奖",
        "获奖经历",
        "获奖情况",
        "荣誉",
        "荣誉奖项",
        "奖项",
        "所获荣誉",
        "荣誉证书",
        "获奖荣誉");
    add(
        SectionKind.CERTIFICATES,
        "certificates",
        "certifications",
        "certification",
        "licenses",
        "licenses and certifications",
        "certificates and awards",
        "证书",
        "资格证书",
        "职业证书",
        "技能证书",
        "证书资质");
    add(
        SectionKind.LANGUAGES,
        "languages",
        "language",
        "language skills",
        "spoken languages",
        "语言",
        "语言能力",
        "外语能力",
        "语言技能");
    add(
        SectionKind.INTERESTS,
        "interests",
        "hobbies",
        "hobbies and interests",
        "interests and hobbies",
        "personal interests",
        "兴趣爱好",
        "爱好",
        "兴趣");
    add(
        SectionKind.PUBLICATIONS,
        "publications",
        "papers",
        "selected publications",
        "research papers",
        "patents",
        "publications and patents",
        "论文",
        "发表论文",
        "论文发表",
        "学术成果",
        "专利");
    add(
        SectionKind.VOLUNTEER,
        "volunteer",
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "community service",
        "志愿者经历",
        "志愿经历",
        "社会实践",
        "校园经历",
        "校园经验",
        "校园活动",
        "社团经历",
        "学生工作",
        "志愿服务");
    add(SectionKind.REFERENCES, "references", "referees", "推荐人");
    add(
        SectionKind.SUMMARY,
        "summary",
        "profile",
        "about",
        "about me",
        "professional summary",
        "career objective",
        "objective",
        "personal statement",
        "personal profile",
        "executive summary",
        "professional profile",
        "overview",
        "introduction",
        "bio",
        "self evaluation",
        "关于我",
        "自我评价",
        "个人简介",
        "职业概要",
        "职业概述",
        "个人概要",
        "概要",
        "概述",
        "职业目标",
        "求职意向",
        "个人总结",
        "自我介绍",
        "个人评价",
        "个人优势",
        "自我描述",
        "简介");
    add(
        SectionKind.CONTACT,
        "contact",
        "contacts",
        "contact information",
        "contact info",
        "contact details",
        "personal information",
        "personal details",
        "personal info",
        "personal data",
        "info",
        "links",
        "profiles",
        "social",
        "social media",
        "online",
        "online presence",
        "find me",
        "web",
        "个人主页",
        "社交账号",
        "链接",
        "基本信息",
        "个人信息",
        "联系方式",
        "个人资料",
        "联系信息");
    add(
        SectionKind.ACHIEVEMENTS,
        "key achievements",
        "achievements",
        "highlights",
        "accomplishments",
        "career highlights",
        "key accomplishments",
        "selected achievements",
        "主要成就",
        "个人成就",
        "工作成就");
  }

  private static final int LONGEST =
      PHRASES.keySet().stream().mapToInt(String::length).max().orElse(0);

  private SectionVocabulary() {}

  private static void add(SectionKind kind, String... phrases) {
    for (String p : phrases) {
      String key = normalize(p);
      PHRASES.put(key, kind);
      RANK.putIfAbsent(key, RANK.size());
    }
  }

  /**
   * Lower case, NFKC, decoration and numbering removed, "{@code &}"/"and" unified, letter-spacing
   * joined.
   */
  public static String normalize(String heading) {
    String s =
        isNfkcStable(heading) ? heading : Normalizer.normalize(heading, Normalizer.Form.NFKC);
    s = s.toLowerCase(Locale.ROOT).strip();
    if (!s.isEmpty() && NUMBERING_FIRST.indexOf(s.charAt(0)) >= 0) {
      s = NUMBERING.matcher(s).replaceFirst("");
    }
    s = spaceOut(s).strip();
    // A letter, a space, a letter: the first space sits after one code point (one or two chars).
    if (s.length() >= 5
        && (s.charAt(1) == ' ' || s.charAt(2) == ' ')
        && SPACED_LETTERS.matcher(s).matches()) {
      s = s.replace(" ", "");
    }
    // "int erests": letter-spaced titles that extract with stray gaps inside one word.
    if (s.indexOf(' ') >= 0 && hasCharFrom(s, FIRST_HAN)) {
      s = SPACE_BETWEEN_HAN.matcher(s).replaceAll("");
    }
    if (s.startsWith("my ")) {
      s = s.substring(3);
    }
    return s;
  }

  /**
   * The kind of a heading whose whole text is a known phrase, or a known phrase followed by a short
   * parenthetical that is not a list ("Work Experience (reverse chronological)", "工作经历 （按时间倒序）").
   */
  public static Optional<SectionKind> findExact(String heading) {
    Optional<SectionKind> kind = findExactNormalized(normalize(heading));
    if (kind.isEmpty()) {
      var m = TRAILING_NOTE.matcher(heading);
      if (m.find() && m.start() > 0) {
        kind = findExactNormalized(normalize(heading.substring(0, m.start())));
      }
    }
    return kind;
  }

  // findExact on a heading already normalized.
  private static Optional<SectionKind> findExactNormalized(String n) {
    SectionKind kind = PHRASES.get(n);
    if (kind == null && n.contains(" ")) {
      kind = PHRASES.get(n.replace(" ", ""));
    }
    return Optional.ofNullable(kind);
  }

  /**
   * The kind of a short heading that contains a known phrase covering most of it ("Work Experience
   * &amp; Internships", "Technical Skills Summary", "教育背景（本科）"). Longest phrase wins.
   */
  public static Optional<SectionKind> findLoose(String heading) {
    Optional<SectionKind> exact = findExact(heading);
    if (exact.isPresent()) {
      return exact;
    }
    String n = normalize(heading);
    if (n.isEmpty() || n.length() > 40) {
      return Optional.empty();
    }
    int words = n.split(" ").length;
    // Each rule below wants the longest phrase with some property, first added on a tie. Rather
    // than trying every phrase, it looks up the parts of the heading that could be that phrase.
    // "Awards and Promotion", "Skills & Tools": a known phrase opening a short heading, then "and".
    if (words <= 5) {
      for (int at = n.lastIndexOf(" and "); at >= 5; at = n.lastIndexOf(" and ", at - 1)) {
        SectionKind kind = PHRASES.get(n.substring(0, at));
        if (kind != null) {
          return Optional.of(kind);
        }
      }
    }
    // "Relevant Skills", "Teaching Experience", "主要工作经历": a known phrase closing a short heading.
    if (words <= 3) {
      Optional<SectionKind> closing = findClosing(n, 4);
      if (closing.isPresent()) {
        return closing;
      }
    }
    // A known phrase standing as a word or words where it first occurs, covering half the heading.
    int visible = n.replace(" ", "").length();
    String best = null;
    int bestRank = 0;
    for (int from = 0; from < n.length(); from++) {
      if (!isBoundary(n, from - 1)) {
        continue;
      }
      int last = Math.min(n.length(), from + LONGEST);
      for (int to = from + Math.max(2, (visible + 1) / 2); to <= last; to++) {
        if (!isBoundary(n, to)) {
          continue;
        }
        String phrase = n.substring(from, to);
        Integer rank = RANK.get(phrase);
        if (rank != null
            && n.indexOf(phrase) == from
            && (best == null
                || phrase.length() > best.length()
                || (phrase.length() == best.length() && rank < bestRank))) {
          best = phrase;
          bestRank = rank;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.ofNullable(PHRASES.get(best));
  }

  /** The kind of a phrase that ends a line introducing a list ("…open source projects:"). */
  public static Optional<SectionKind> findTrailing(String line) {
    return findClosing(normalize(line), 5);
  }

  // The longest phrase of at least min chars that ends n and starts it or follows a boundary.
  private static Optional<SectionKind> findClosing(String n, int min) {
    for (int from = Math.max(0, n.length() - LONGEST); from <= n.length() - min; from++) {
      if (isBoundary(n, from - 1)) {
        SectionKind kind = PHRASES.get(n.substring(from));
        if (kind != null) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  /** Every phrase (normalized) with its kind, in the order added; for tests. */
  static Map<String, SectionKind> phrases() {
    return Collections.unmodifiableMap(PHRASES);
  }

  /**
   * Whether NFKC leaves the text as it is because every char is ASCII or a CJK unified ideograph:
   * starters that neither decompose nor compose (NFKC_QC=Yes, combining class 0).
   */
  static boolean isNfkcStable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decoration (a code point of a category in DECORATION_TYPES) replaced by a space, "&amp;" and
   * "+" by " and ", then each run of {@code \s} chars collapsed to one space. It answers as the
   * regex passes {@code [\p{So}\p{Sk}\p{Cs}\p{Co}\p{P}\p{Sm}\p{Sc}&&[^&+]]} to " ", "&amp;" and "+"
   * to " and ", {@code \s+} to " " did: code point by code point, a surrogate pair being one code
   * point and an unpaired surrogate one of category Cs (decoration).
   */
  static String spaceOut(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean and = cp == '&' || cp == '+';
      if (and || isDecoration(cp) || isRegexSpace(cp)) {
        if (!space) {
          out.append(' ');
        }
        if (and) {
          out.append("and ");
        }
        space = true;
      } else {
        out.appendCodePoint(cp);
        space = false;
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  // What \s matches without UNICODE_CHARACTER_CLASS.
  private static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // "&" (Po) and "+" (Sm) are excluded by the caller.
  private static boolean isDecoration(int cp) {
    return ((DECORATION_TYPES >> Character.getType(cp)) & 1) != 0;
  }

  private static boolean hasCharFrom(String s, char min) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= min) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return true;
    }
    char c = s.charAt(i);
    // Han text has no spaces: a neighbouring Han character is a boundary.
    return !Character.isLetterOrDigit(c) || Scripts.isHan(c);
  }
}
