package dev.vitae.parser.pdf;

import java.text.Normalizer;

/**
 * Text clean-up for extracted PDF text. To be replaced by the shared {@code
 * dev.vitae.parser.internal.TextNormalizer} once it lands.
 */
final class PdfText {
  // Unified ideographs for U+2E80..U+2EF3 (CJK Radicals Supplement), from the Unicode Character
  // Database's EquivalentUnifiedIdeograph.txt; 0 where there is none. NFKC maps only two of them.
  private static final int[] RADICALS_SUPPLEMENT = {
      0, 0x5382, 0x4E5B, 0x4E5A, 0x4E59, 0x4EBB, 0x5182, 0x20628,
      0x5200, 0x5202, 0x535C, 0x353E, 0x5C0F, 0x5C0F, 0x5140, 0x5C23,
      0x5C22, 0x21BC2, 0x5DF3, 0x5E7A, 0x5F51, 0x5F50, 0x5FC4, 0x5FC3,
      0x624C, 0x6535, 0, 0x65E1, 0x65E5, 0x6708, 0x6B7A, 0x6BCD,
      0x6C11, 0x6C35, 0x6C3A, 0x706C, 0x722B, 0x722B, 0x4E2C, 0x725B,
      0x72AD, 0x738B, 0x24D14, 0x76EE, 0x793A, 0x793B, 0x25AD7, 0x7CF9,
      0x7E9F, 0x7F53, 0x7F52, 0x34C1, 0x5197, 0x2626B, 0x7F8A, 0x2634C,
      0x2634B, 0x8002, 0x8080, 0x807F, 0x8089, 0x26951, 0x8279, 0x8279,
      0x8279, 0x864E, 0x8864, 0x8980, 0x897F, 0x89C1, 0x89D2, 0x278B2,
      0x8BA0, 0x8D1D, 0x27FB7, 0x8F66, 0x8FB6, 0x8FB6, 0x8FB6, 0x9091,
      0x9485, 0x9577, 0x9578, 0x957F, 0x95E8, 0x28E0F, 0x961D, 0x96E8,
      0x9752, 0x97E6, 0x9875, 0x98CE, 0x98DE, 0x98DF, 0x2967F, 0x98E0,
      0x9963, 0x29810, 0x9A6C, 0x9AA8, 0x9B3C, 0x9C7C, 0x9E1F, 0x5364,
      0x9EA6, 0x9EC4, 0x9EFE, 0x6589, 0x9F50, 0x6B6F, 0x9F7F, 0x7ADC,
      0x9F99, 0x9F9C, 0x4E80, 0x9F9F,
  };

  private PdfText() {}

  /**
   * Expands ligatures, maps CJK compatibility ideographs and radicals to their unified forms, drops
   * zero-width and control characters, makes drawn soft hyphens visible, turns every kind of space
   * into one plain space and trims.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (isInvisible(cp)) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (cp == 0x00AD) {
        // A soft hyphen that was drawn is a visible hyphen (LuaTeX maps its hyphens to U+00AD).
        out.append('-');
      } else if (radicalEquivalent(cp) != 0) {
        // Fonts without Unicode maps of their own (macOS exports) name 长 as the radical ⻓.
        out.appendCodePoint(radicalEquivalent(cp));
      } else if (needsCompatibilityMapping(cp)) {
        out.append(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Whether no space belongs between these two characters: both are written without spaces. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    // Ideographic punctuation (，。：、「」) and full-width forms sit between Han without spaces.
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isInvisible(int cp) {
    return cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF
        || Character.getType(cp) == Character.CONTROL;
  }

  private static int radicalEquivalent(int cp) {
    int i = cp - 0x2E80;
    return i >= 0 && i < RADICALS_SUPPLEMENT.length ? RADICALS_SUPPLEMENT[i] : 0;
  }

  private static boolean needsCompatibilityMapping(int cp) {
    return (cp >= 0xFB00 && cp <= 0xFB06)
        || (cp >= 0x2F00 && cp <= 0x2FDF)
        || (cp >= 0xF900 && cp <= 0xFAFF);
  }
}
