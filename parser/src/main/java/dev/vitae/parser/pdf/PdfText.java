package dev.vitae.parser.pdf;

import dev.vitae.parser.internal.TextNormalizer;

/**
 * The PDF-only text rules; everything else is the shared {@link TextNormalizer}. Spaces between CJK
 * characters are decided from glyph positions (see {@link #isCjk(int)}), so lines are not run
 * through the normalizer's Han joining.
 */
final class PdfText {

  private PdfText() {}

  /**
   * A line's text as stored: drawn soft hyphens become hyphens, then {@link
   * TextNormalizer#normalizeLine(String)} (ligatures, radicals, compatibility ideographs, spaces).
   */
  static String clean(String text) {
    // LuaTeX maps the hyphens it draws at line ends to U+00AD, which the normalizer drops as
    // invisible; in a PDF a soft hyphen that reached the text layer was drawn, so it is visible.
    return TextNormalizer.normalizeLine(text.replace('\u00AD', '-'));
  }

  /** Whether no space belongs between these two characters: both are written without spaces. */
  static boolean isCjk(int cp) {
    // Below U+02EA (Bopomofo tone marks) no code point is of these scripts: Latin text is answered
    // without the script table's binary search.
    if (cp < 0x02EA) {
      return false;
    }
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

  /** Private-use code points: icon fonts (Font Awesome, Wingdings) put their glyphs there. */
  static boolean isPrivateUse(int cp) {
    return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
  }
}
