package dev.vitae.parser.internal;

import java.text.Normalizer;

/**
 * Unicode clean-up that every reader applies to extracted text. Stateless and thread-safe.
 *
 * <p>{@link #clean(String)} works on characters and keeps the layout (line breaks, leading spaces):
 * it removes zero-width and control characters, turns Unicode spaces into ASCII spaces, full-width
 * ASCII letters and digits into ASCII, CJK compatibility ideographs and Kangxi / CJK radicals into
 * the unified ideographs they stand for, and expands Latin ligatures. CJK punctuation such as
 * {@code ，。：（）} is kept as written. {@link #normalizeLine(String)} also collapses whitespace.
 */
public final class TextNormalizer {

  // Unicode's EquivalentUnifiedIdeograph.txt for the CJK Radicals Supplement, most of which NFKC
  // leaves alone (U+2ED3 ⻓ stays ⻓ under NFKC but means 长), plus ⺩ 王, ⻆ 角 and ⻔ 门, whose
  // glyphs are those characters and which PDF fonts map to radicals too.
  private static final String RADICAL_SUPPLEMENT =
      "2E80 51AB 2E81 5382 2E82 4E5B 2E83 4E5A 2E84 4E59 2E85 4EBB 2E86 5182 2E89 5202 2E8A 535C"
          + " 2E8B 353E 2E8E 5140 2E8F 5C23 2E90 5C22 2E92 5DF3 2E93 5E7A 2E94 5F51 2E95 5F50"
          + " 2E96 5FC4 2E97 38FA 2E98 624C 2E99 6535 2E9B 65E1 2E9D 6708 2E9E 6B7A 2E9F 6BCD"
          + " 2EA9 738B 2EC6 89D2 2ED4 95E8"
          + " 2EA0 6C11 2EA1 6C35 2EA2 6C3A 2EA3 706C 2EA5 722B 2EA6 4E2C 2EA8 72AD 2EAB 7F52"
          + " 2EAC 793A 2EAD 793B 2EAF 7CF9 2EB0 7E9F 2EB1 7F53 2EB3 34C1 2EB4 34C1 2EB9 8002"
          + " 2EBA 8080 2EBC 6708 2EBD 81FC 2EBE 8279 2EBF 8279 2EC0 8279 2EC1 864E 2EC2 8864"
          + " 2EC3 8980 2EC4 897F 2EC5 89C1 2EC8 8BA0 2EC9 8D1D 2ECB 8F66 2ECD 8FB6 2ECF 961D"
          + " 2ED0 9485 2ED1 9577 2ED2 9578 2ED3 957F 2ED6 961D 2ED8 9752 2ED9 97E6 2EDA 9875"
          + " 2EDB 98CE 2EDC 98DE 2EDD 98DF 2EDF 98E0 2EE0 9963 2EE2 9A6C 2EE3 9AA8 2EE4 9B3C"
          + " 2EE5 9C7C 2EE6 9E1F 2EE7 5364 2EE8 9EA6 2EE9 9EC4 2EEA 9EFE 2EEB 6589 2EEC 9F50"
          + " 2EED 6B6F 2EEE 9F7F 2EEF 7ADC 2EF0 9F99 2EF1 9F9C 2EF2 4E80 2EF3 9F9F";

  private static final int[] RADICALS = new int[0x80];

  // Results of replacement() that are not a code point.
  private static final int REMOVE = -1;
  private static final int EXPAND = -2;

  static {
    String[] parts = RADICAL_SUPPLEMENT.split(" ");
    for (int i = 0; i < parts.length; i += 2) {
      RADICALS[Integer.parseInt(parts[i], 16) - 0x2E80] = Integer.parseInt(parts[i + 1], 16);
    }
  }

  private TextNormalizer() {}

  /**
   * Character clean-up that keeps line breaks and spacing (so indentation can still be measured).
   * Returns the same instance when nothing changes.
   */
  public static String clean(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (replacement(cp) != cp) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int mapped = replacement(cp);
      if (mapped == REMOVE) {
        continue;
      }
      if (mapped == EXPAND) {
        out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
      } else {
        out.appendCodePoint(mapped);
      }
    }
    return out.toString();
  }

  /**
   * One line's text as readers store it: {@link #clean(String)}, then every run of whitespace
   * collapsed to one space, and trimmed.
   */
  public static String normalizeLine(String line) {
    return normalizeLine(line, false);
  }

  /**
   * Like {@link #normalizeLine(String)}; with {@code joinHan}, a space between two Han characters
   * is removed too. Only layout readers (PDF) want that: there such spaces come from glyph
   * positions, whereas in typed text a writer put them there.
   */
  public static String normalizeLine(String line, boolean joinHan) {
    String cleaned = clean(line);
    if (!joinHan && isCollapsed(cleaned)) {
      return cleaned;
    }
    StringBuilder out = new StringBuilder(cleaned.length());
    int pendingSpace = -1;
    int n = cleaned.length();
    for (int i = 0; i < n; ) {
      int cp = cleaned.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B) {
        if (out.length() > 0 && pendingSpace < 0) {
          pendingSpace = out.length();
        }
        continue;
      }
      if (pendingSpace >= 0) {
        boolean drop = joinHan && isHan(cp) && isHan(out.codePointBefore(out.length()));
        if (!drop) {
          out.append(' ');
        }
        pendingSpace = -1;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  // Whether collapsing whitespace would leave the text as it is: single spaces between words only.
  private static boolean isCollapsed(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\t'
          || c == '\n'
          || c == '\r'
          || c == '\f'
          || c == 0x0B
          || (c == ' ' && text.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the code point is a Han (Chinese, Japanese kanji) character. */
  public static boolean isHan(int codePoint) {
    // No Han below the CJK radicals (U+2E80): Latin text skips the script table's binary search.
    return codePoint >= 0x2E80
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static int replacement(int cp) {
    if (cp < 0x80) {
      if (cp >= 0x20 && cp != 0x7F) {
        return cp;
      }
      return cp == '\n' || cp == '\r' || cp == '\t' ? cp : REMOVE;
    }
    if (cp <= 0x9F) {
      return REMOVE; // C1 controls
    }
    switch (cp) {
      case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000 -> {
        return ' ';
      }
      case 0x00AD,
          0x061C,
          0x180E,
          0x200B,
          0x200C,
          0x200D,
          0x200E,
          0x200F,
          0x2060,
          0x2061,
          0x2062,
          0x2063,
          0x2064,
          0xFEFF,
          0xFFFC -> {
        return REMOVE;
      }
      case 0x2028, 0x2029 -> {
        return '\n';
      }
      default -> {}
    }
    if (cp >= 0x2000 && cp <= 0x200A) {
      return ' ';
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return REMOVE; // bidi embedding controls
    }
    if ((cp >= 0xFF10 && cp <= 0xFF19)
        || (cp >= 0xFF21 && cp <= 0xFF3A)
        || (cp >= 0xFF41 && cp <= 0xFF5A)) {
      return cp - 0xFEE0;
    }
    if (cp >= 0x2E80 && cp <= 0x2EFF) {
      int unified = RADICALS[cp - 0x2E80];
      return unified != 0 ? unified : cp;
    }
    if ((cp >= 0x2F00 && cp <= 0x2FDF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFB00 && cp <= 0xFB06)
        || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
      return Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
          ? cp
          : EXPAND;
    }
    return cp;
  }
}
