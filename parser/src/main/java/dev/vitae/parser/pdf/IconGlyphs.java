package dev.vitae.parser.pdf;

import dev.vitae.parser.Cue;
import dev.vitae.parser.internal.IconCues;
import java.io.IOException;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.jspecify.annotations.Nullable;

/**
 * What the glyphs of icon fonts mean: the text a glyph contributes to a line is an {@link IconCues}
 * marker for a contact icon, {@link IconCues#UNKNOWN} for any other picture, or the glyph's Unicode
 * where the font's ToUnicode map gives words.
 */
final class IconGlyphs {

  private IconGlyphs() {}

  /**
   * The text of a glyph of an icon font (by name, see {@link PdfReader#iconFont}).
   *
   * @param fontName the font's name without its subset prefix
   * @param mapped whether the font has a ToUnicode map
   */
  static String iconText(PDFont font, String fontName, int code, String unicode, boolean mapped) {
    int cp = unicode.codePointAt(0);
    Cue.@Nullable Kind kind = IconCues.ofFontChar(fontName, mapped ? cp : code);
    if (kind == null && !mapped) {
      kind = IconCues.ofFontChar(fontName, cp);
    }
    if (kind == null && (!mapped || PdfText.isPrivateUse(cp))) {
      // LaTeX's fontawesome and academicons name their glyphs: "envelope", "github", "orcid".
      String name = glyphName(font, code);
      kind = name == null ? null : IconCues.ofName(name);
    }
    if (kind != null) {
      return String.valueOf(IconCues.marker(kind));
    }
    // A ToUnicode map is the author's word on what the icons say ("email:", a rating) and is kept.
    return mapped && !PdfText.isPrivateUse(cp) ? unicode : String.valueOf(IconCues.UNKNOWN);
  }

  /** The text of a glyph of any other font: a marker for an icon emoji or symbol (✉ ☎ 📍). */
  static String symbolText(String unicode) {
    char first = unicode.charAt(0);
    // Most glyphs are letters: answered without a look-up.
    if (first < 0x2302) {
      return unicode;
    }
    int cp = unicode.codePointAt(0);
    if (IconCues.isMarker(cp)) {
      // A font's own private-use code must not pass for a marker: it is an unknown picture.
      return String.valueOf(IconCues.UNKNOWN);
    }
    Cue.@Nullable Kind kind = IconCues.isSymbol(cp) ? IconCues.ofCodePoint(cp) : null;
    return kind == null ? unicode : String.valueOf(IconCues.marker(kind));
  }

  // The glyph's name in the font's encoding or its TrueType post table; null when it has none.
  private static @Nullable String glyphName(PDFont font, int code) {
    if (font instanceof PDSimpleFont simple) {
      Encoding encoding = simple.getEncoding();
      String name = encoding == null ? null : encoding.getName(code);
      if (name != null && !name.equals(".notdef")) {
        return name;
      }
    }
    if (!font.isEmbedded()) {
      return null; // a substitute's names say nothing about the picture drawn
    }
    try {
      if (font instanceof PDTrueTypeFont trueType) {
        return postName(trueType.getTrueTypeFont(), trueType.codeToGID(code));
      }
      if (font instanceof PDType0Font type0
          && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
        return postName(cid.getTrueTypeFont(), cid.codeToGID(code));
      }
    } catch (IOException e) {
      return null; // a broken font program: the icon stays unknown
    }
    return null;
  }

  private static @Nullable String postName(TrueTypeFont font, int gid) throws IOException {
    PostScriptTable post = font.getPostScript();
    return post == null ? null : post.getName(gid);
  }
}
