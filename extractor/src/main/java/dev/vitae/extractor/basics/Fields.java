package dev.vitae.extractor.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a line into "Label: value" pairs: {@code Email: a@b.c | Phone: 123}, {@code 姓名：张三 籍贯：湖北},
 * and glued pairs such as {@code a@qq.com手机号码：130…}. Text before the first label is not a pair.
 */
final class Fields {
  private static final int MAX_LATIN_KEY_WORDS = 4;
  private static final int MAX_HAN_KEY = 8;
  private static final Set<String> SCHEMES =
      Set.of("http", "https", "ftp", "file", "mailto", "tel");
  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|·•;,，；、]+|[\\s|·•;,，；、]+$");

  private Fields() {}

  /**
   * One pair.
   *
   * @param label the label as written
   * @param key what the label names
   * @param value the value, trimmed of separators (may be empty)
   * @param start index of the label in the line
   * @param valueStart index of the value in the line
   */
  record Field(String label, FieldKey key, String value, int start, int valueStart) {}

  static List<Field> parse(String text) {
    List<int[]> keys = new ArrayList<>(); // {keyStart, colon, valueStart}
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ':' && c != '：') {
        continue;
      }
      int keyStart = keyStart(text, i);
      if (keyStart < 0) {
        continue;
      }
      String label = text.substring(keyStart, i).strip();
      if (SCHEMES.contains(label.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int valueStart = i + 1;
      // "Github:// deedydas" writes the label as a pseudo-scheme.
      while (valueStart < text.length() && text.charAt(valueStart) == '/') {
        valueStart++;
      }
      keys.add(new int[] {keyStart, i, valueStart});
    }
    List<Field> fields = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      int[] key = keys.get(k);
      int valueEnd = k + 1 < keys.size() ? keys.get(k + 1)[0] : text.length();
      if (valueEnd < key[2]) {
        valueEnd = key[2];
      }
      String label = text.substring(key[0], key[1]).strip();
      String value = trimSeparators(text.substring(key[2], valueEnd));
      FieldKey fieldKey = FieldKey.of(label).orElse(FieldKey.OTHER);
      fields.add(new Field(label, fieldKey, value, key[0], key[2]));
    }
    return fields;
  }

  /** The first pair of a key, or empty. */
  static Optional<Field> first(List<Field> fields, FieldKey key) {
    return fields.stream().filter(f -> f.key() == key).findFirst();
  }

  /** Whether the line is a "Label: value" line: it starts with a label. */
  static boolean startsWithLabel(String text, List<Field> fields) {
    if (fields.isEmpty()) {
      return false;
    }
    int lead = 0;
    while (lead < text.length() && !Character.isLetterOrDigit(text.charAt(lead))) {
      lead++;
    }
    return fields.get(0).start() <= lead;
  }

  // Walks back from the colon over one Han run or up to four Latin words; -1 when no label is
  // there.
  private static int keyStart(String text, int colon) {
    int end = colon;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return -1;
    }
    int last = text.codePointBefore(end);
    if (FieldKey.isHan(last)) {
      int start = end;
      while (start > 0
          && FieldKey.isHan(text.codePointBefore(start))
          && end - start < MAX_HAN_KEY + 1) {
        start -= Character.charCount(text.codePointBefore(start));
      }
      if (end - start > MAX_HAN_KEY) {
        return -1;
      }
      // Allow a Latin prefix glued to the Han label: "QQ/微信号", "CSDN博客", "Email邮箱".
      int s = start;
      while (s > 0 && (isLatinKeyChar(text.charAt(s - 1)) || text.charAt(s - 1) == '/')) {
        s--;
      }
      if (s < start && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))) {
        return longestKnownSuffix(text, s, end);
      }
      return longestKnownSuffix(text, start, end);
    }
    if (!Character.isLetter(last) || last > 0x24F) {
      return -1;
    }
    int start = end;
    int first = -1;
    int words = 0;
    while (words < MAX_LATIN_KEY_WORDS) {
      int wordEnd = start;
      while (start > 0 && isLatinKeyChar(text.charAt(start - 1))) {
        start--;
      }
      if (start == wordEnd || (start > 0 && isGlue(text.charAt(start - 1)))) {
        break;
      }
      words++;
      first = start;
      if (start > 1 && text.charAt(start - 1) == ' ' && isLatinKeyChar(text.charAt(start - 2))) {
        start--;
      } else {
        break;
      }
    }
    return first < 0 ? -1 : longestKnownSuffix(text, first, end);
  }

  // "Sourabh Bajaj Email" has the label "Email": the longest known tail wins, else the whole run.
  private static int longestKnownSuffix(String text, int start, int end) {
    for (int s = start; s < end; s++) {
      boolean boundary =
          s == start
              || !Character.isLetterOrDigit(text.charAt(s - 1))
              || FieldKey.isHan(text.codePointAt(s));
      if (boundary && FieldKey.of(text.substring(s, end)).isPresent()) {
        return s;
      }
    }
    return start;
  }

  private static boolean isLatinKeyChar(char c) {
    return c < 0x250 && (Character.isLetter(c) || c == '-' || c == '&');
  }

  // A label glued to a URL or an address part ("localhost:8080", "x.y:z") is not a label.
  private static boolean isGlue(char c) {
    return c == '/' || c == '@' || c == '.' || Character.isDigit(c);
  }

  private static String trimSeparators(String value) {
    return EDGE_SEPARATORS.matcher(value).replaceAll("");
  }
}
