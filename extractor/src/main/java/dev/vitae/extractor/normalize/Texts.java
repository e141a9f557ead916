package dev.vitae.extractor.normalize;

import java.util.regex.Pattern;

/** Text clean-up shared by every stage: the contract's "trimmed, whitespace collapsed". */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

  private Texts() {}

  /** Trims and collapses runs of whitespace (including no-break and ideographic spaces). */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** {@link #clean}, then {@code null} for a result that is empty. */
  public static String cleanOrNull(String text) {
    String c = clean(text);
    return c == null || c.isEmpty() ? null : c;
  }

  /** Whether the text holds a Han (Chinese) character. */
  public static boolean hasHan(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
