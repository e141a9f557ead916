package dev.vitae.extractor.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The comparison forms of the scoring definition: normalized text, digits, tokens, dates. */
final class Normalization {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern FORMAT_CHARS = Pattern.compile("\\p{Cf}+");
  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(?!\\d)");
  // The Unicode general categories P* (Pc, Pd, Ps, Pe, Pi, Pf, Po) as a bit set.
  private static final int PUNCTUATION_TYPES =
      1 << Character.CONNECTOR_PUNCTUATION
          | 1 << Character.DASH_PUNCTUATION
          | 1 << Character.START_PUNCTUATION
          | 1 << Character.END_PUNCTUATION
          | 1 << Character.INITIAL_QUOTE_PUNCTUATION
          | 1 << Character.FINAL_QUOTE_PUNCTUATION
          | 1 << Character.OTHER_PUNCTUATION;

  private Normalization() {}

  /** NFKC, case-folded, whitespace collapsed, punctuation and spaces stripped at both ends. */
  static String text(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    // NFKC first, so that full-width letters, digits, colons and spaces fold like ASCII ones.
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    s = FORMAT_CHARS.matcher(s).replaceAll("");
    // Upper then lower approximates full case folding (ß and SS both become ss).
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    s = SPACES.matcher(s).replaceAll(" ");
    return stripEnds(s);
  }

  /** The ASCII digits of a string, for phones. */
  static String digits(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    raw.codePoints()
        .filter(Character::isDigit)
        .forEach(cp -> sb.append((char) ('0' + Character.digit(cp, 10))));
    return sb.toString();
  }

  /**
   * The normalized text with every space and punctuation mark removed: what visibility compares, so
   * that line breaks, lost spaces and leftover markup in the document text do not hide a value.
   */
  static String skeleton(String raw) {
    String s = text(raw);
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !isPunctuation(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * Tokens of a string: each Han, kana or Hangul character is a token, and so is each run of other
   * letters and digits (a word). Punctuation and spaces separate tokens.
   */
  static List<String> tokens(String raw) {
    String s = text(raw);
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isCharacterToken(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  /** Jaccard similarity of the token sets of two strings (0 when either has no token). */
  static double jaccard(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(new HashSet<>(b));
    return (double) both.size() / union.size();
  }

  /** Whether one token sequence holds the other as a contiguous run. */
  static boolean contains(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.size() >= b.size()
        ? Collections.indexOfSubList(a, b) >= 0
        : Collections.indexOfSubList(b, a) >= 0;
  }

  /** Token-overlap F1 of two token multisets (SQuAD style), 0 when either is empty. */
  static double tokenF1(List<String> gold, List<String> predicted) {
    if (gold.isEmpty() || predicted.isEmpty()) {
      return 0;
    }
    Map<String, Integer> left = new HashMap<>();
    for (String t : gold) {
      left.merge(t, 1, Integer::sum);
    }
    int overlap = 0;
    for (String t : predicted) {
      Integer n = left.get(t);
      if (n != null && n > 0) {
        overlap++;
        left.put(t, n - 1);
      }
    }
    if (overlap == 0) {
      return 0;
    }
    double p = (double) overlap / predicted.size();
    double r = (double) overlap / gold.size();
    return 2 * p * r / (p + r);
  }

  /**
   * Credit for a predicted date: 1 when equal, 0.5 when only the year is right (month or day wrong,
   * missing or extra), else 0. Dates that are not ISO fall back to normalized text equality.
   */
  static double dateCredit(String gold, String predicted) {
    Matcher g = ISO_DATE.matcher(text(gold));
    Matcher p = ISO_DATE.matcher(text(predicted));
    if (g.matches() && p.matches()) {
      if (!g.group(1).equals(p.group(1))) {
        return 0;
      }
      return sameNumber(g.group(2), p.group(2)) && sameNumber(g.group(3), p.group(3)) ? 1 : 0.5;
    }
    if (text(gold).equals(text(predicted))) {
      return 1;
    }
    String gy = year(gold);
    return !gy.isEmpty() && gy.equals(year(predicted)) ? 0.5 : 0;
  }

  /** The four-digit year a date starts with, or "" when it does not start with one. */
  static String year(String date) {
    Matcher m = LEADING_YEAR.matcher(text(date));
    return m.find() ? m.group(1) : "";
  }

  private static boolean sameNumber(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Integer.parseInt(a) == Integer.parseInt(b);
  }

  private static String stripEnds(String s) {
    int start = 0;
    int end = s.length();
    while (start < end) {
      int cp = s.codePointAt(start);
      if (!isStrippable(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = s.codePointBefore(end);
      // Keep the '#' of names such as C# and F#: there it is part of the name, not punctuation.
      boolean sharpAfterWord =
          cp == '#' && end - 1 > start && Character.isLetterOrDigit(s.codePointBefore(end - 1));
      if (!isStrippable(cp) || sharpAfterWord) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(start, end);
  }

  private static boolean isStrippable(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isPunctuation(cp);
  }

  static boolean isPunctuation(int cp) {
    return ((PUNCTUATION_TYPES >> Character.getType(cp)) & 1) != 0;
  }

  private static boolean isCharacterToken(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }
}
