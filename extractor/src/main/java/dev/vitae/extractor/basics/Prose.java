package dev.vitae.extractor.basics;

import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text tests and clean-ups shared by the basics finders. */
final class Prose {
  static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\\.){1,8}[A-Za-z]{2,24}");
  static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![\\w@.])(?:https?://)?(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]{0,62})\\.){1,8}[a-z]{2,12}(?::\\d{2,5})?(?:/[^\\s|,;，；)）\\]]*)?");
  static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[|·•▪◦●;；\\t]|\\s{2,}|\\u3000|\\s[/\\-–—]\\s)\\s*");

  private static final Set<String> BARE_TLDS =
      Set.of(
          "com", "net", "org", "io", "me", "dev", "cn", "co", "ai", "app", "info", "xyz", "tech",
          "site", "page", "blog", "pub", "fr", "de", "uk", "us", "ca", "jp", "kr", "sg", "hk", "tw",
          "in", "eu", "ru", "nl", "au", "nz", "se", "ch", "es", "it", "pl", "br", "top", "cc", "tv",
          "ly", "sh", "im", "codes", "link", "design", "online", "space", "website");
  // UTF-8 emoji read as Latin-1 or cp1252: "ðŸ“«".
  private static final Pattern MOJIBAKE_EMOJI =
      Pattern.compile("ð[\\u0080-\\u02FF\\u2000-\\u20FF]{1,3}");
  private static final Pattern STRAY_BULLET = Pattern.compile("^[oO•▪◦●·*\\-–]\\s+(?=\\p{L})");
  private static final Pattern TRAILING_PERIODS = Pattern.compile("[.。]+$");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
  private static final Pattern PATH_OR_PORT = Pattern.compile("[/:]");

  private Prose() {}

  /** The URLs written in {@code text}: with a scheme, or a lower-case host with a common TLD. */
  static List<String> urlTokens(String text) {
    // Every host has a dot; most lines have none.
    if (text.indexOf('.') < 0) {
      return List.of();
    }
    return URL.matcher(text)
        .results()
        .filter(r -> isUrlToken(text, r.start(), r.group()))
        .map(r -> TRAILING_PERIODS.matcher(r.group()).replaceFirst(""))
        .toList();
  }

  private static boolean isUrlToken(String text, int start, String token) {
    int end = start + token.length();
    if (end < text.length() && text.charAt(end) == '@') {
      return false;
    }
    if (token.regionMatches(true, 0, "http", 0, 4)) {
      return true;
    }
    String host = TRAILING_DOTS.matcher(PATH_OR_PORT.split(token, 2)[0]).replaceFirst("");
    if (!host.equals(host.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    return BARE_TLDS.contains(tld);
  }

  /** {@code text} without leading and trailing emoji, icon glyphs and symbol runs, cleaned. */
  static String stripDecoration(String text) {
    String s = MOJIBAKE_EMOJI.matcher(text).replaceAll(" ");
    int start = 0;
    while (start < s.length()) {
      int cp = s.codePointAt(start);
      if (!isDecoration(cp) && !Character.isWhitespace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    int end = s.length();
    while (end > start) {
      int cp = s.codePointBefore(end);
      if (!isDecoration(cp) && !Character.isWhitespace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return Texts.clean(s.substring(start, end));
  }

  /** Whether {@code text} has no word: only emoji, icons, symbols or mojibake of emoji. */
  static boolean isDecorationOnly(String text) {
    String s = MOJIBAKE_EMOJI.matcher(text).replaceAll(" ");
    return s.codePoints().noneMatch(cp -> Character.isLetterOrDigit(cp) && !isDecoration(cp));
  }

  /** {@code text} without a stray bullet glyph left by PDF extraction ("o Cross team…"). */
  static String stripStrayBullet(String text) {
    return STRAY_BULLET.matcher(text).replaceFirst("");
  }

  static boolean isDecoration(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.FORMAT
        || (type == Character.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F)
        || cp >= 0x1F000;
  }

  /** Joins lines of one text: a space between them, none between two Han or CJK punctuation. */
  static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      String p = Texts.clean(part);
      if (p == null || p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0 && !(isCjk(sb.codePointBefore(sb.length())) && isCjk(p.codePointAt(0)))) {
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Scripts.of(cp);
    if (script == Character.UnicodeScript.HAN) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION.equals(block)
        || Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS.equals(block);
  }

  /** Latin words plus Han characters divided by two, a rough size of the text's content. */
  static double weight(String text) {
    int han = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (FieldKey.isHan(cp)) {
        han++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return words + han / 2.0;
  }

  static int hanCount(String text) {
    return (int) text.codePoints().filter(FieldKey::isHan).count();
  }

  static List<String> segments(String text) {
    return List.of(SEPARATORS.split(text));
  }
}
