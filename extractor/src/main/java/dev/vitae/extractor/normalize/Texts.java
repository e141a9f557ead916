package dev.vitae.extractor.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;

/** Text clean-up shared by every stage: the contract's "trimmed, whitespace collapsed". */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Texts() {}

  /** Trims and collapses runs of whitespace (including no-break and ideographic spaces). */
  @Contract("!null -> !null")
  public static @Nullable String clean(@Nullable String text) {
    if (text == null) {
      return null;
    }
    // Most text is already clean; a scan is much cheaper than a regex replacement that copies it.
    if (isClean(text)) {
      return text;
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static boolean isClean(String text) {
    int last = text.length() - 1;
    // strip() also takes other Unicode spaces (em space, line separator) from the ends.
    if (last >= 0
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last)))) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      // The common case first: past ' ', only two chars are spaces here.
      if (c > ' ' && c != '\u00A0' && c != '\u3000') {
        continue;
      }
      if (isSpace(c) && (i == 0 || i == last || c != ' ' || isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  // What SPACES matches: \s, no-break and ideographic spaces.
  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00A0'
        || c == '\u3000';
  }

  /** {@link #clean}, then {@code null} for a result that is empty. */
  public static @Nullable String cleanOrNull(@Nullable String text) {
    String c = clean(text);
    return c == null || c.isEmpty() ? null : c;
  }

  /**
   * The text without its combining marks ("Araújo" to "Araujo", "español" to "espanol"); ASCII text
   * is returned as it is.
   */
  public static String withoutAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return text;
  }

  /** Whether the text holds a Han (Chinese) character. */
  public static boolean hasHan(String text) {
    return text.codePoints().anyMatch(Scripts::isHan);
  }
}
