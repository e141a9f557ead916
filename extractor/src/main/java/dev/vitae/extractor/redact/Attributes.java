package dev.vitae.extractor.redact;

import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the attributes a screener must not weigh from prose, in English and Chinese: a labelled
 * value ({@code Gender: Female}, {@code 出生日期：1990-01-01}, {@code 民族：汉}) with its label, a bare
 * value standing alone between separators ({@code 男 | 25岁 | 汉族 | 中共党员}), and a few phrases ({@code
 * born in 1990}, {@code 1990年5月出生}).
 */
final class Attributes {
  private static final String SEPARATOR_CHARS = "|｜;；\n\t•·/／,，、";
  private static final Pattern PIECES = Pattern.compile("[^|｜;；\\n\\t•·/／,，、]+");
  private static final Pattern SPACES = Pattern.compile("\\S+");
  // Where a labelled value ends at the latest.
  private static final String VALUE_STOPS = "|｜;；\n\t•·,，、。()（）[]【】";
  private static final int MAX_VALUE_CHARS = 40;
  private static final Pattern OTHER_LABEL = Pattern.compile("\\p{L}+[:：]");
  private static final Pattern YEAR_AFTER_COMMA = Pattern.compile("^,\\s*(?:19|20)\\d{2}\\b");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|（\\s*）|【\\s*】");
  private static final Pattern SEPARATOR_RUN =
      Pattern.compile("(\\s*)([|｜;；•·,，、/／])(?:\\s*[|｜;；•·,，、/／:：])+");
  // A dash that led into what was cut: "30% - ; next" is "30%; next".
  private static final Pattern DANGLING_DASH =
      Pattern.compile("\\s+[-–—]+(?=\\s*(?:[|｜;；•·,，、/／:：]|$))");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+(?=[;；,，、。])");
  private static final Pattern LEADING = Pattern.compile("^[\\s|｜;；•·,，、/／:：.。-]+");
  private static final Pattern TRAILING = Pattern.compile("[\\s|｜;；•·,，、/／:：-]+$");
  private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");

  /**
   * A label of a kind.
   *
   * @param english whether the label is English: it needs a colon, and either starts a field or is
   *     capitalized ({@code Gender:}), so that "customer age: 25-34" in prose stays
   * @param strong a Chinese label that needs no colon at the start of a field ({@code 性别男})
   * @param maxTokens how many words an English value has at most
   */
  private record Label(
      Pattern pattern, RedactionKind kind, boolean english, boolean strong, int maxTokens) {}

  private static final List<Label> LABELS =
      List.of(
          en(
              RedactionKind.BIRTH_DATE,
              "date\\s+of\\s+birth|birth\\s*date|birthday|d\\.?o\\.?b\\.?|born",
              3),
          zh(RedactionKind.BIRTH_DATE, "出生日期|出生年月日?|出生年份", true),
          zh(RedactionKind.BIRTH_DATE, "生日|出生", false),
          en(
              RedactionKind.BIRTH_PLACE,
              "place\\s+of\\s+birth|birth\\s*place|home\\s*town|native\\s+place",
              3),
          zh(RedactionKind.BIRTH_PLACE, "籍贯|籍貫|出生地|生源地|户籍所在地|户口所在地", true),
          zh(RedactionKind.BIRTH_PLACE, "户籍|户口", false),
          en(RedactionKind.AGE, "age", 3),
          zh(RedactionKind.AGE, "年龄|年齡", true),
          en(RedactionKind.GENDER, "gender|sex", 1),
          zh(RedactionKind.GENDER, "性别|性別", true),
          en(
              RedactionKind.MARITAL_STATUS,
              "marital\\s+status|martial\\s+status|civil\\s+status",
              2),
          zh(RedactionKind.MARITAL_STATUS, "婚姻状况|婚姻狀況|婚否", true),
          zh(RedactionKind.MARITAL_STATUS, "婚姻", false),
          en(RedactionKind.NATIONALITY, "nationality|citizenship", 2),
          zh(RedactionKind.NATIONALITY, "国籍|國籍", true),
          en(RedactionKind.ETHNICITY, "ethnicity|ethnic\\s+group|ethnic\\s+origin|race", 2),
          zh(RedactionKind.ETHNICITY, "民族", false),
          en(
              RedactionKind.POLITICAL_AFFILIATION,
              "political\\s+(?:affiliation|status)|party\\s+membership",
              3),
          zh(RedactionKind.POLITICAL_AFFILIATION, "政治面貌|政治面目", true),
          en(RedactionKind.RELIGION, "religion|religious\\s+affiliation", 2),
          zh(RedactionKind.RELIGION, "宗教信仰|宗教", false),
          en(
              RedactionKind.ID_NUMBER,
              "id\\s+(?:number|no\\.?|card)|national\\s+id|passport(?:\\s+(?:number|no\\.?))?|ssn|social\\s+security\\s+number",
              1),
          zh(RedactionKind.ID_NUMBER, "身份证号码|身份证号|身份证|身份證", true),
          en(RedactionKind.PHYSICAL, "height|weight", 2),
          zh(RedactionKind.PHYSICAL, "身高|体重|體重", true));

  /** A phrase anywhere in prose, and its kind. */
  private record Phrase(Pattern pattern, RedactionKind kind) {}

  private static final List<Phrase> PHRASES =
      List.of(
          new Phrase(
              Pattern.compile(
                  "(?i)(?<![\\p{L}])born\\s+(?:in\\s+|on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
                      + "(?:[a-z]{3,9}\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d{2}"
                      + "(?:[-./]\\d{1,2}(?:[-./]\\d{1,2})?)?(?!\\d)"),
              RedactionKind.BIRTH_DATE),
          new Phrase(
              Pattern.compile(
                  "(?<![\\p{L}])[Bb]orn\\s+(?:and\\s+raised\\s+)?in\\s+\\p{Lu}[\\p{L}.'-]*(?:,?\\s+\\p{Lu}[\\p{L}.'-]*)?"),
              RedactionKind.BIRTH_PLACE),
          new Phrase(
              Pattern.compile(
                  "(?:19|20)\\d{2}\\s*[年./-]\\s*\\d{1,2}\\s*月?(?:\\s*\\d{1,2}\\s*日?)?\\s*出生"),
              RedactionKind.BIRTH_DATE),
          new Phrase(
              Pattern.compile("出生于\\s*(?:19|20)\\d{2}[^,，。；;|｜\\s]{0,12}"),
              RedactionKind.BIRTH_DATE),
          new Phrase(Pattern.compile("出生于\\s*[^,，。；;|｜\\s\\d]{1,12}"), RedactionKind.BIRTH_PLACE));

  /** A value that stands alone between separators, and its kind. */
  private record Bare(Pattern pattern, RedactionKind kind) {}

  // Whole pieces between separators, in English.
  private static final List<Bare> BARE =
      List.of(
          new Bare(Pattern.compile("(?i)male|female"), RedactionKind.GENDER),
          new Bare(
              Pattern.compile("(?i)married|unmarried|single|divorced|widowed"),
              RedactionKind.MARITAL_STATUS),
          new Bare(
              Pattern.compile(
                  "(?i)(?:aged?\\s*)?\\d{1,2}\\s*(?:years?\\s+old|y/?o)|aged?\\s*\\d{1,2}"),
              RedactionKind.AGE));

  // Words between spaces or separators in Chinese text.
  private static final List<Bare> BARE_HAN =
      List.of(
          new Bare(Pattern.compile("[男女]性?"), RedactionKind.GENDER),
          new Bare(
              Pattern.compile("已婚(?:已育|未育)?|未婚(?:未育)?|离异|喪偶|丧偶"), RedactionKind.MARITAL_STATUS),
          new Bare(Pattern.compile("\\p{IsHan}{1,4}族"), RedactionKind.ETHNICITY),
          new Bare(
              Pattern.compile("中共(?:预备)?党员|中国共产党员|预备党员|共青团员|党员|团员|群众|民主党派"),
              RedactionKind.POLITICAL_AFFILIATION),
          new Bare(Pattern.compile("\\d{1,2}\\s*周?岁"), RedactionKind.AGE));

  private Attributes() {}

  /**
   * The kind of attribute {@code text} is the label of, when it is nothing but a label ({@code 籍贯},
   * {@code Gender:}): a skill group named so holds the value in its keywords.
   */
  static Optional<RedactionKind> labelled(String text) {
    String label = TRAILING.matcher(text.strip()).replaceFirst("");
    for (Label candidate : LABELS) {
      Matcher m = candidate.pattern().matcher(label);
      if (m.matches()) {
        return Optional.of(candidate.kind());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} without the attributes it states, tidied where something was cut; the text as
   * given when it states none, and {@code ""} when nothing else is left.
   */
  static String remove(String text, Counts counts) {
    List<int[]> cuts = new ArrayList<>();
    List<RedactionKind> kinds = new ArrayList<>();
    labelled(text, cuts, kinds);
    for (Phrase phrase : PHRASES) {
      Matcher m = phrase.pattern().matcher(text);
      while (m.find()) {
        add(cuts, kinds, m.start(), m.end(), phrase.kind());
      }
    }
    bare(text, cuts, kinds);
    if (cuts.isEmpty()) {
      return text;
    }
    kinds.forEach(counts::add);
    cuts.sort(Comparator.comparingInt(c -> c[0]));
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (int[] cut : cuts) {
      out.append(text, last, cut[0]).append(' ');
      last = cut[1];
    }
    return tidy(out.append(text, last, text.length()).toString());
  }

  private static void labelled(String text, List<int[]> cuts, List<RedactionKind> kinds) {
    List<int[]> starts = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (Label label : LABELS) {
      Matcher m = label.pattern().matcher(text);
      while (m.find()) {
        starts.add(new int[] {m.start(), m.end(), m.group(1) != null ? 1 : 0});
        labels.add(label);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> starts.get(i)[0]));
    int previousEnd = -1;
    for (int k = 0; k < order.size(); k++) {
      int[] found = starts.get(order.get(k));
      Label label = labels.get(order.get(k));
      int start = found[0];
      int labelEnd = found[1];
      boolean colon = found[2] == 1;
      boolean fieldStart = startsField(text, start, previousEnd);
      boolean accepted =
          label.english()
              ? colon && (fieldStart || Character.isUpperCase(text.charAt(start)))
              : colon || (label.strong() && fieldStart && !isStop(text, labelEnd));
      if (!accepted || overlaps(cuts, start, labelEnd)) {
        continue;
      }
      int next = text.length();
      for (int j = k + 1; j < order.size(); j++) {
        int s = starts.get(order.get(j))[0];
        if (s >= labelEnd) {
          next = s;
          break;
        }
      }
      int end = valueEnd(text, labelEnd, next, label);
      add(cuts, kinds, start, end, label.kind());
      previousEnd = end;
    }
  }

  // Where a labelled value ends: at a separator, at the next label, or after its words.
  private static int valueEnd(String text, int from, int nextLabel, Label label) {
    int limit = Math.min(nextLabel, Math.min(text.length(), from + MAX_VALUE_CHARS));
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int tokens = 0;
    boolean inToken = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (VALUE_STOPS.indexOf(c) >= 0
          || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        break;
      }
      if (Character.isWhitespace(c)) {
        if (inToken && !label.english() && !continuesHanValue(text, i)) {
          break;
        }
        inToken = false;
      } else if (!inToken) {
        if (label.english()
            && (tokens == label.maxTokens()
                || OTHER_LABEL.matcher(text).region(i, text.length()).lookingAt())) {
          break;
        }
        inToken = true;
        tokens++;
      }
      i++;
    }
    if (label.kind() == RedactionKind.BIRTH_DATE
        && i < text.length()
        && text.charAt(i) == ','
        && YEAR_AFTER_COMMA.matcher(text.substring(i)).find()) {
      Matcher year = YEAR_AFTER_COMMA.matcher(text.substring(i));
      if (year.find()) {
        i += year.end();
      }
    }
    return i;
  }

  // "1995 年 6 月": a space inside a Chinese date does not end it.
  private static boolean continuesHanValue(String text, int space) {
    int j = space;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char next = text.charAt(j);
    char before = text.charAt(space - 1);
    return "年月日岁".indexOf(next) >= 0 || (Character.isDigit(next) && "年月".indexOf(before) >= 0);
  }

  private static void bare(String text, List<int[]> cuts, List<RedactionKind> kinds) {
    Matcher piece = PIECES.matcher(text);
    while (piece.find()) {
      int start = piece.start();
      int end = piece.end();
      String trimmed = piece.group().strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int lead = piece.group().indexOf(trimmed);
      boolean matched = false;
      for (Bare bare : BARE) {
        if (bare.pattern().matcher(trimmed).matches()) {
          add(cuts, kinds, start + lead, start + lead + trimmed.length(), bare.kind());
          matched = true;
          break;
        }
      }
      if (matched || !Texts.hasHan(trimmed)) {
        continue;
      }
      Matcher word = SPACES.matcher(text).region(start, end);
      while (word.find()) {
        for (Bare bare : BARE_HAN) {
          if (bare.pattern().matcher(word.group()).matches()) {
            add(cuts, kinds, word.start(), word.end(), bare.kind());
            break;
          }
        }
      }
    }
  }

  private static void add(
      List<int[]> cuts, List<RedactionKind> kinds, int start, int end, RedactionKind kind) {
    if (end > start && !overlaps(cuts, start, end)) {
      cuts.add(new int[] {start, end});
      kinds.add(kind);
    }
  }

  private static boolean overlaps(List<int[]> cuts, int start, int end) {
    for (int[] cut : cuts) {
      if (cut[0] < end && start < cut[1]) {
        return true;
      }
    }
    return false;
  }

  // At the start of the text, after a separator or an opening bracket, or right after a value cut.
  private static boolean startsField(String text, int at, int previousEnd) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || i + 1 <= previousEnd || (SEPARATOR_CHARS + "(（[【").indexOf(text.charAt(i)) >= 0;
  }

  // Whether no value follows: only spaces, then a separator or the end.
  private static boolean isStop(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == text.length() || VALUE_STOPS.indexOf(text.charAt(i)) >= 0;
  }

  // The separators and brackets a cut left behind, collapsed.
  private static String tidy(String text) {
    String out = Texts.clean(text);
    out = EMPTY_BRACKETS.matcher(out).replaceAll("");
    out = DANGLING_DASH.matcher(out).replaceAll("");
    out = SEPARATOR_RUN.matcher(out).replaceAll("$1$2");
    out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("");
    out = LEADING.matcher(out).replaceFirst("");
    out = TRAILING.matcher(out).replaceFirst("");
    out = Texts.clean(out);
    return CONTENT.matcher(out).find() ? out : "";
  }

  private static Label en(RedactionKind kind, String words, int maxTokens) {
    return new Label(
        Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])(\\s*[:：])?"),
        kind,
        true,
        false,
        maxTokens);
  }

  private static Label zh(RedactionKind kind, String words, boolean strong) {
    return new Label(Pattern.compile("(?:" + words + ")(\\s*[:：])?"), kind, false, strong, 0);
  }
}
