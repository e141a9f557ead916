package dev.vitae.parser.internal;

/**
 * Recognizes the list marker at the start of a line of text: bullets ({@code - * + • · ▪ ◦ ‣ ● ■ ➢}
 * and similar glyphs) and numbers ({@code 1.} {@code 1)} {@code (1)} {@code 1、} {@code ①}).
 * Stateless and thread-safe.
 */
public final class ListMarkers {
  private static final String GLYPH_BULLETS = "•·▪◦‣●■➢○◆◇►▸▶❖✓✔➤⁃∙□◼◾▫";

  private ListMarkers() {}

  /**
   * The length of the list marker that starts {@code text} at {@code from}, including the spaces
   * after it; 0 when there is none. A marker must be followed by text: ASCII bullets and numbers by
   * a space first, glyph bullets and circled numbers by anything but another marker glyph (so that
   * rating rows like {@code ●●●○○} stay text).
   */
  public static int markerLength(String text, int from) {
    int n = text.length();
    if (from >= n) {
      return 0;
    }
    char c = text.charAt(from);
    int end;
    boolean needsSpace;
    if (c == '-' || c == '*' || c == '+') {
      end = from + 1;
      needsSpace = true;
    } else if (GLYPH_BULLETS.indexOf(c) >= 0 || isCircledNumber(c)) {
      end = from + 1;
      needsSpace = false;
    } else if (c == '(' || c == '（') {
      int digits = digitsEnd(text, from + 1);
      if (digits == from + 1
          || digits >= n
          || (text.charAt(digits) != ')' && text.charAt(digits) != '）')) {
        return 0;
      }
      end = digits + 1;
      needsSpace = false;
    } else if (c >= '0' && c <= '9') {
      int digits = digitsEnd(text, from);
      if (digits >= n) {
        return 0;
      }
      char after = text.charAt(digits);
      if (after == '、') {
        end = digits + 1;
        needsSpace = false;
      } else if (after == '.' || after == ')') {
        end = digits + 1;
        needsSpace = true;
      } else {
        return 0;
      }
    } else {
      return 0;
    }
    int content = end;
    while (content < n && Character.isWhitespace(text.charAt(content))) {
      content++;
    }
    if (content >= n || (needsSpace && content == end)) {
      return 0;
    }
    char next = text.charAt(content);
    if (!needsSpace && (GLYPH_BULLETS.indexOf(next) >= 0 || next == c)) {
      return 0;
    }
    return content - from;
  }

  /** {@link #markerLength(String, int)} from the start of the text. */
  public static int markerLength(String text) {
    return markerLength(text, 0);
  }

  private static int digitsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && i - from < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    // At most two digits: "2019." is a year, not item 2019.
    return i - from > 2 ? from : i;
  }

  private static boolean isCircledNumber(char c) {
    return (c >= '\u2460' && c <= '\u249B') // ① ⑴ ⒈
        || (c >= '\u2776' && c <= '\u2793'); // ❶ ➀ ➊
  }
}
