package dev.vitae.parser.internal;

import dev.vitae.parser.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What contact icons mean, for every reader: Font Awesome code points, emoji and symbols, glyph and
 * CSS class names, Wingdings characters. A reader puts {@link #marker(Cue.Kind)} (or {@link
 * #UNKNOWN} for an icon that means nothing here) into a line's text where it saw an icon, and
 * {@link #strip(String)} turns markers and icon symbols into {@link Cue}s. Stateless and
 * thread-safe.
 */
public final class IconCues {
  /** The marker of an icon that means none of the kinds: dropped without a cue. */
  public static final char UNKNOWN = '\uE000';

  private static final Cue.Kind[] KINDS = Cue.Kind.values();
  private static final char FIRST_MARKER = '\uE001';
  private static final char LAST_MARKER = (char) (FIRST_MARKER + KINDS.length - 1);

  // Font Awesome 4, 5 and 6 code points (private use area) of contact icons.
  private static final int[][] FONT_AWESOME = {
    {0xF0E0, 0xF003, 0xF199, 0xF2B6, 0xF2B7, 0xF1FA, 0xF674}, // EMAIL
    {0xF095, 0xF098, 0xF2A0, 0xF879, 0xF87B}, // PHONE
    {0xF10B, 0xF3CD, 0xF3CE, 0xF3CF}, // MOBILE
    {0xF041, 0xF3C5, 0xF124, 0xF015, 0xF276, 0xF279, 0xF278}, // LOCATION
    {0xF0AC, 0xF0C1, 0xF08E, 0xF35D, 0xF57C, 0xF57D, 0xF57E, 0xF7A2}, // WEB (and the globes)
    {0xF09B, 0xF092, 0xF113}, // GITHUB
    {0xF296}, // GITLAB
    {0xF08C, 0xF0E1}, // LINKEDIN
    {0xF099, 0xF081, 0xE61B}, // TWITTER
    {0xF16C}, // STACKOVERFLOW
    {0xF1D7}, // WECHAT
    {}, // ORCID
  };

  // Emoji and symbols people type or fonts draw for contact details.
  private static final int[][] SYMBOLS = {
    {0x2709, 0x1F4E7, 0x1F4E8, 0x1F4E9, 0x1F582, 0x1F583, 0x1F584}, // EMAIL ✉ 📧 📨 📩 🖂
    {0x260E, 0x260F, 0x2706, 0x1F4DE, 0x1F57D, 0x1F57E, 0x1F57F, 0x1F580}, // PHONE ☎ ☏ ✆ 📞 🕿
    {0x1F4F1, 0x1F4F2}, // MOBILE 📱 📲
    {0x1F4CD, 0x2302, 0x1F3E0, 0x1F3E1, 0x2316, 0x1F5FA}, // LOCATION 📍 ⌂ 🏠 🏡 ⌖ 🗺
    {0x1F310, 0x1F517, 0x1F30D, 0x1F30E, 0x1F30F}, // WEB 🌐 🔗 🌍 🌎 🌏
  };

  // Names in icon fonts' glyph names, CSS classes and alt texts, most specific first: "link"
  // after "linkedin", "phone" after "mobile" and "smartphone".
  private static final String[][] NAMES = {
    {"linkedin", "LINKEDIN"},
    {"github", "GITHUB"},
    {"gitlab", "GITLAB"},
    {"stackoverflow", "STACKOVERFLOW"},
    {"twitter", "TWITTER"},
    {"weixin", "WECHAT"},
    {"wechat", "WECHAT"},
    {"orcid", "ORCID"},
    {"mobile", "MOBILE"},
    {"smartphone", "MOBILE"},
    {"cellphone", "MOBILE"},
    {"iphone", "MOBILE"},
    {"phone", "PHONE"},
    {"envelope", "EMAIL"},
    {"email", "EMAIL"},
    {"mail", "EMAIL"},
    {"homepage", "WEB"},
    {"website", "WEB"},
    {"globe", "WEB"},
    {"world", "WEB"},
    {"internet", "WEB"},
    {"link", "WEB"},
    {"mapmarker", "LOCATION"},
    {"marker", "LOCATION"},
    {"mappin", "LOCATION"},
    {"pushpin", "LOCATION"},
    {"geo", "LOCATION"},
    {"location", "LOCATION"},
    {"place", "LOCATION"},
    {"address", "LOCATION"},
    {"home", "LOCATION"},
    {"house", "LOCATION"},
    {"web", "WEB"},
  };

  // Wingdings character codes: telephones and envelopes / mailboxes.
  private static final String WINGDINGS_PHONE = "()";
  private static final String WINGDINGS_EMAIL = "*+,-./";

  private IconCues() {}

  /** A line's text without its icons, and the cues they left. */
  public record Stripped(String text, List<Cue> cues) {
    public Stripped {
      cues = List.copyOf(cues);
    }
  }

  /** The private-use character a reader puts in a line's text for an icon of this kind. */
  public static char marker(Cue.Kind kind) {
    return (char) (FIRST_MARKER + kind.ordinal());
  }

  /** The marker for {@code kind}, or {@link #UNKNOWN} when null. */
  public static char markerOrUnknown(Cue.@Nullable Kind kind) {
    return kind == null ? UNKNOWN : marker(kind);
  }

  /** Whether {@code c} is one of the markers readers put in text ({@link #UNKNOWN} included). */
  public static boolean isMarker(int c) {
    return c >= UNKNOWN && c <= LAST_MARKER;
  }

  /**
   * The kind of a code point: a Font Awesome icon, an icon emoji or symbol, or a {@link
   * #marker(Cue.Kind)}; null for any other.
   */
  public static Cue.@Nullable Kind ofCodePoint(int cp) {
    // Letters, digits and punctuation are answered without a table walk.
    if (cp < 0x2302) {
      return null;
    }
    if (cp >= FIRST_MARKER && cp <= LAST_MARKER) {
      return KINDS[cp - FIRST_MARKER];
    }
    Cue.@Nullable Kind kind = find(FONT_AWESOME, cp);
    return kind != null ? kind : find(SYMBOLS, cp);
  }

  /** Whether a code point is an emoji or symbol of {@link #ofCodePoint} (not a private-use one). */
  public static boolean isSymbol(int cp) {
    // Outside these two ranges there are none: CJK text is answered without a table walk.
    return ((cp >= 0x2302 && cp <= 0x2709) || cp >= 0x1F300) && find(SYMBOLS, cp) != null;
  }

  private static Cue.@Nullable Kind find(int[][] table, int cp) {
    for (int k = 0; k < table.length; k++) {
      for (int c : table[k]) {
        if (c == cp) {
          return KINDS[k];
        }
      }
    }
    return null;
  }

  /**
   * The kind an icon's name says: a glyph name ({@code envelope}, {@code MapMarker}), a CSS class
   * list ({@code fa-solid fa-phone}, {@code bi-geo-alt}, {@code mdi-email}) or an icon's alt text
   * ({@code GitHub}); null when it names none of the kinds.
   */
  public static Cue.@Nullable Kind ofName(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) {
        letters.append(Character.toLowerCase(c));
      }
    }
    String folded = letters.toString();
    if (folded.isEmpty()) {
      return null;
    }
    for (String[] entry : NAMES) {
      if (folded.contains(entry[0])) {
        return Cue.Kind.valueOf(entry[1]);
      }
    }
    return null;
  }

  /**
   * The kind of a character drawn in a font of this name: Wingdings telephones and envelopes (as
   * their character code or at U+F000 plus the code, as Word and PDF fonts write them), Font
   * Awesome code points in a Font Awesome font, and the symbols of {@link #ofCodePoint} in any
   * font; null for any other (private-use code points mean different pictures in different fonts).
   */
  public static Cue.@Nullable Kind ofFontChar(String fontName, int cp) {
    String font = fontName.toLowerCase(Locale.ROOT);
    int code = cp >= 0xF000 && cp <= 0xF0FF ? cp - 0xF000 : cp;
    if (font.contains("wingdings") && !font.contains("2") && !font.contains("3") && code <= 0xFF) {
      if (WINGDINGS_PHONE.indexOf(code) >= 0) {
        return Cue.Kind.PHONE;
      }
      return WINGDINGS_EMAIL.indexOf(code) >= 0 ? Cue.Kind.EMAIL : null;
    }
    if (font.contains("awesome")) {
      return ofCodePoint(cp);
    }
    return isSymbol(cp) ? ofCodePoint(cp) : null;
  }

  /** Whether a font draws pictures rather than letters, by its name. */
  public static boolean isIconFontName(String fontName) {
    String font = fontName.toLowerCase(Locale.ROOT);
    return font.contains("wingding")
        || font.contains("webding")
        || font.contains("dingbat")
        || font.contains("awesome")
        || font.contains("academicons");
  }

  /**
   * A line's text without icon markers and icon symbols (and the variation selectors after them),
   * with a cue for each marker or symbol of a known kind; runs of spaces become one and the text is
   * trimmed. Returns the same text and no cues when it has no icons.
   */
  public static Stripped strip(String text) {
    if (!hasIcon(text)) {
      return new Stripped(text, List.of());
    }
    StringBuilder out = new StringBuilder(text.length());
    List<Cue.Kind> pending = new ArrayList<>(2);
    List<Cue> cues = new ArrayList<>();
    boolean afterIcon = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Cue.@Nullable Kind kind = isMarker(cp) || isSymbol(cp) ? ofCodePoint(cp) : null;
      if (kind != null || cp == UNKNOWN) {
        if (kind != null) {
          pending.add(kind);
        }
        afterIcon = true;
        continue;
      }
      boolean space = cp == ' ';
      boolean joiner = cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D;
      if ((afterIcon && joiner) || (space && (out.length() == 0 || endsWithSpace(out)))) {
        continue;
      }
      if (afterIcon && !space && out.length() > 0 && !endsWithSpace(out)) {
        // An icon between two words without spaces still parts them.
        out.append(' ');
      }
      afterIcon = false;
      if (!space && !pending.isEmpty()) {
        for (Cue.Kind k : pending) {
          cues.add(new Cue(k, out.length()));
        }
        pending.clear();
      }
      out.appendCodePoint(cp);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    for (Cue.Kind k : pending) {
      cues.add(new Cue(k, end));
    }
    String stripped = out.toString();
    return new Stripped(cues.isEmpty() && stripped.equals(text) ? text : stripped, cues);
  }

  private static boolean endsWithSpace(StringBuilder out) {
    return out.charAt(out.length() - 1) == ' ';
  }

  private static boolean hasIcon(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x2302 && (isMarker(c) || Character.isSurrogate(c) || isSymbol(c))) {
        return true;
      }
    }
    return false;
  }
}
