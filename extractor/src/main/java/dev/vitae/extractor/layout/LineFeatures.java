package dev.vitae.extractor.layout;

import dev.vitae.extractor.normalize.DateRange;
import dev.vitae.extractor.normalize.DateRanges;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Line;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Features of one line that rules ask about again and again, derived once (GROBID's discrete
 * features): the text without any bullet marker, whether it is a bullet, the periods it holds, and
 * shape (length, caps, key/value).
 *
 * @param text the line's text with any bullet marker (or stray Wingdings "o") removed
 * @param bullet whether the line is a list item or starts with a bullet glyph
 * @param dates periods and single dates written in {@code text}, left to right
 * @param dateOnly whether the text is nothing but one period or date (and punctuation)
 * @param leadingDate a date or period at the very start of the text, if any
 * @param trailingDate a date or period closing the text ("Project X 2019.5"), if any
 * @param full whether the line runs to about the width at which the document wraps its lines, so
 *     that the next line may continue it
 * @param keyValue a "Key: value" split of the text, when the key is short (derived once: many rules
 *     ask for it)
 */
public record LineFeatures(
    Line line,
    String text,
    boolean bullet,
    List<DateRange> dates,
    boolean dateOnly,
    Optional<DateRange> leadingDate,
    Optional<DateRange> trailingDate,
    boolean full,
    Optional<KeyValue> keyValue) {

  // Bullet glyphs readers may leave in text: Markdown paragraphs that start with "•", PDF icons.
  private static final Pattern BULLET_GLYPH =
      Pattern.compile(
          "^(?:[•·▪◦‣●■□◆◇➢➤►▶✓✔❖\\u2013\\u2014*\\uE000-\\uF8FF]|[oO](?=\\s+\\p{Lu})"
              // "1.利用…", "2) Built…": numbering a reader left in the text (not "1.5 years", not a
              // date)
              + "|\\d{1,2}[.、)](?=\\s*[\\p{L}\\p{IsHan}]))\\s*");
  private static final Pattern KEY_VALUE = Pattern.compile("^([^:：]{1,50}?)\\s*[:：]\\s*(.*)$");
  // What removing dates leaves behind: empty brackets, dangling separators, doubled bars.
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(（\\[]\\s*[)）\\]]");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?:\\s*[|｜,，·•]\\s*)+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^(?:\\s*[|｜,，·•:：]\\s*)+");
  private static final Pattern DOUBLED_BAR = Pattern.compile("\\s[|｜]\\s*[|｜]\\s");
  // The separators of TRAILING_SEPARATORS and LEADING_SEPARATORS (which also takes colons).
  private static final String SEPARATORS = "|｜,，·•";

  public LineFeatures {
    dates = List.copyOf(dates);
  }

  /** Derives the features of {@code line}. */
  public static LineFeatures of(Line line) {
    String raw = Texts.clean(line.text());
    boolean bullet = line.style().isListItem();
    String text = raw;
    var m = BULLET_GLYPH.matcher(text);
    if (m.find() && m.end() < text.length()) {
      text = text.substring(m.end());
      bullet = true;
    }
    List<DateRange> dates = DateRanges.findAll(text);
    boolean dateOnly = false;
    Optional<DateRange> leading = Optional.empty();
    Optional<DateRange> trailing = Optional.empty();
    if (!dates.isEmpty()) {
      DateRange first = dates.get(0);
      String before = text.substring(0, first.from());
      if (isPunctuation(before)) {
        leading = Optional.of(first);
        dateOnly = dates.size() == 1 && isPunctuation(text.substring(first.to()));
      }
      DateRange last = dates.get(dates.size() - 1);
      if (isPunctuation(text.substring(last.to()))) {
        trailing = Optional.of(last);
      }
    }
    if (leading.isPresent() && !bullet) {
      // "2014/08 • Wrote the checker": a flattened date column in front of a bullet.
      String after = text.substring(leading.get().to()).strip();
      bullet = !after.isEmpty() && "•·▪●■◦‣➢".indexOf(after.charAt(0)) >= 0;
    }
    return new LineFeatures(
        line, text, bullet, dates, dateOnly, leading, trailing, false, keyValueOf(text));
  }

  /** The same features, marked as running to the wrap width or not. */
  public LineFeatures withFull(boolean value) {
    return new LineFeatures(
        line, text, bullet, dates, dateOnly, leadingDate, trailingDate, value, keyValue);
  }

  public int index() {
    return line.index();
  }

  public int headingLevel() {
    return line.style().headingLevel();
  }

  public boolean isHeading() {
    return line.style().isHeading();
  }

  public int listDepth() {
    return line.style().listDepth();
  }

  public boolean blockStart() {
    return line.style().blockStart();
  }

  public boolean hasDate() {
    return !dates.isEmpty();
  }

  /** The text with the leading date (and the separator after it) removed. */
  public String textAfterLeadingDate() {
    return leadingDate.map(d -> stripLeadingPunctuation(text.substring(d.to()))).orElse(text);
  }

  /** The text with every date and period removed, and the separators left dangling cleaned up. */
  public String textWithoutDates() {
    if (dates.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (DateRange d : dates) {
      sb.append(text, at, d.from()).append(' ');
      at = d.to();
    }
    sb.append(text.substring(at));
    // Each regex runs only when the text holds a char it cannot match without.
    String s = containsAny(sb, "(（[") ? EMPTY_BRACKETS.matcher(sb).replaceAll(" ") : sb.toString();
    if (containsAny(s, SEPARATORS)) {
      s = TRAILING_SEPARATORS.matcher(s).replaceAll("");
    }
    if (containsAny(s, SEPARATORS) || containsAny(s, ":：")) {
      s = LEADING_SEPARATORS.matcher(s).replaceAll("");
    }
    if (containsAny(s, "|｜")) {
      s = DOUBLED_BAR.matcher(s).replaceAll(" | ");
    }
    return Texts.clean(s);
  }

  static boolean containsAny(CharSequence s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Optional<KeyValue> keyValueOf(String text) {
    // Most lines have no colon, and the lazy key group is costly to fail on each of them.
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
      return Optional.empty();
    }
    var m = KEY_VALUE.matcher(text);
    if (!m.matches()
        || m.group(1).contains("http")
        || m.group(1).endsWith("//")
        || Words.count(m.group(1)) > 7) {
      return Optional.empty();
    }
    String value = m.group(2);
    // "Methods: | EEG, eye tracking": a key in a cell of its own, its value in the next ones
    if (value.startsWith("|")) {
      value = value.substring(1);
    }
    return Optional.of(new KeyValue(Texts.clean(m.group(1)), Texts.clean(value)));
  }

  /** Visible length: Han characters count double, as they carry about a word each. */
  public int weightedLength() {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      n += Scripts.isHan(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Number of words, counting each Han character as half a word. */
  public double words() {
    return Words.count(text);
  }

  /** Whether every cased letter is upper case and there are at least two letters. */
  public boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A short "key: value" pair of a line. */
  public record KeyValue(String key, String value) {}

  static boolean isPunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  static String stripLeadingPunctuation(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '(' || c == '（' || c == '[' || c == '"') {
        break;
      }
      if (c == '•'
          || c == '·'
          || c == '▪'
          || c == '●'
          || Character.isWhitespace(c)
          || c == '|'
          || c == ','
          || c == '，'
          || c == ':'
          || c == '：'
          || c == '-'
          || c == '–'
          || c == '—'
          || c == ')'
          || c == '）') {
        i++;
      } else {
        break;
      }
    }
    return s.substring(i).strip();
  }
}
