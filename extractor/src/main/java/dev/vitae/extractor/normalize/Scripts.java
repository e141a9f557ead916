package dev.vitae.extractor.normalize;

/**
 * The Unicode script of a code point, answered exactly as {@link Character.UnicodeScript#of} does
 * but without its table search for ASCII and the main block of Chinese characters, which make up
 * nearly all resume text.
 */
public final class Scripts {
  // CJK Unified Ideographs as assigned since Unicode 13 (Java 17); 9FFD–9FFF are unassigned there.
  private static final int HAN_FIRST = 0x4E00;
  private static final int HAN_LAST = 0x9FFC;

  private Scripts() {}

  /**
   * The script of {@code codePoint}, equal to {@link Character.UnicodeScript#of}.
   *
   * @throws IllegalArgumentException when {@code codePoint} is not a valid code point
   */
  public static Character.UnicodeScript of(int codePoint) {
    if (codePoint >= 0 && codePoint < 0x80) {
      return isAsciiLetter(codePoint)
          ? Character.UnicodeScript.LATIN
          : Character.UnicodeScript.COMMON;
    }
    if (codePoint >= HAN_FIRST && codePoint <= HAN_LAST) {
      return Character.UnicodeScript.HAN;
    }
    return Character.UnicodeScript.of(codePoint);
  }

  /**
   * Whether {@code codePoint} is in the Han script (a Chinese character).
   *
   * @throws IllegalArgumentException when {@code codePoint} is not a valid code point
   */
  public static boolean isHan(int codePoint) {
    return of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * Whether {@code codePoint} is in the Latin script.
   *
   * @throws IllegalArgumentException when {@code codePoint} is not a valid code point
   */
  public static boolean isLatin(int codePoint) {
    return of(codePoint) == Character.UnicodeScript.LATIN;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
