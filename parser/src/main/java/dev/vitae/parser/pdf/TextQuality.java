package dev.vitae.parser.pdf;

import java.util.regex.Pattern;

/**
 * Judges whether one page's text layer means anything. Fonts without a Unicode map give glyphs that
 * PDFBox cannot decode at all, decodes to U+FFFD or control characters, or decodes to the font's
 * internal codes: runs of ASCII punctuation and Latin-1 symbols, or Latin letters shifted into
 * shapes no word has ({@code kyR3Xyd} for {@code 2018.07}). One instance per page; not thread-safe.
 */
final class TextQuality {

  /** What a page's text layer is worth. */
  enum Verdict {
    /** Readable text. */
    GOOD,
    /** Some of the text is garbage, the rest readable (Latin shifted while CJK is fine). */
    GARBLED,
    /** Most of the text is garbage: nothing on the page can be trusted. */
    UNUSABLE
  }

  // Pages with less text than this are too small to judge by shares.
  private static final int MIN_CHARS = 20;
  private static final int MIN_LATIN_TOKENS = 8;
  // Shares of the page's characters (or Latin tokens) past which the page is garbled.
  private static final double UNMAPPED_GARBLED = 0.05;
  private static final double SYMBOLS_GARBLED = 0.2;
  private static final double ODD_TOKENS_GARBLED = 0.15;
  private static final double PRIVATE_USE_GARBLED = 0.3;
  // Shares past which the page is unusable as a whole.
  private static final double BAD_UNUSABLE = 0.5;

  // Letter runs of a word have one of these shapes: lower, UPPER(s), Capitalized, camelCase
  // humps with an optional acronym tail (JavaScript, iOS, MySQL, LaTeX), or an acronym before
  // humps (PHPStorm, XMLHttpRequest).
  private static final Pattern WORD_SHAPE =
      Pattern.compile(
          "[a-z]+|[A-Z]+s?|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*[A-Z]*|[A-Z]+(?:[A-Z][a-z]{2,})+[A-Z]*");
  // Letter, a punctuation mark words do not carry inside them, letter: "JQ#BH2", "M;N8!Qm".
  private static final String INSIDE_PUNCTUATION = ";?#!$*=";
  // A digit between letters of different case: "y3Xd", "R3ee" (not "B2B", "i18n", "K8s").
  private static final Pattern DIGIT_INSIDE = Pattern.compile("[a-z]\\d+[A-Z]|[A-Z]\\d+[a-z]{2}");
  private static final Pattern LINK =
      Pattern.compile(
          "(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
  private static final String ODD_SYMBOLS = "`^~\\|{}<>";
  private static final String EDGE_PUNCTUATION = ".,;:()[]\"'“”‘’!?";

  private int chars;
  private int unmapped;
  private int privateUse;
  private int symbols;
  private int oddChars;
  private int latinTokens;
  private int oddLatinTokens;
  private int glyphs;
  private int undecodedGlyphs;

  /** Counts glyphs drawn on the page, and how many of them PDFBox found no Unicode for. */
  void addGlyphs(int drawn, int undecoded) {
    glyphs += drawn;
    undecodedGlyphs += undecoded;
  }

  /** Counts the characters of one line's raw text (before clean-up drops control characters). */
  void addRawText(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      // Printable ASCII is neither space, control, unmapped nor private use.
      if (cp > ' ' && cp < 0x7F) {
        chars++;
        if (isSymbol(cp)) {
          symbols++;
        }
        continue;
      }
      if (PdfText.isSpace(cp)) {
        continue;
      }
      chars++;
      int type = Character.getType(cp);
      if (cp == 0xFFFD || type == Character.CONTROL || type == Character.UNASSIGNED) {
        unmapped++;
      } else if (PdfText.isPrivateUse(cp)) {
        privateUse++;
      } else if (isSymbol(cp)) {
        symbols++;
      }
    }
  }

  /** Judges the words of one line's clean text. */
  void addCleanText(String text) {
    int n = text.length();
    for (int start = 0; start < n; ) {
      int space = text.indexOf(' ', start);
      int end = space < 0 ? n : space;
      String word = strip(text, start, end);
      start = end + 1;
      if (word.isEmpty()) {
        continue;
      }
      boolean latin = latinLetters(word) >= 2;
      boolean odd = isOdd(word);
      if (latin) {
        latinTokens++;
        if (odd) {
          oddLatinTokens++;
        }
      }
      if (odd) {
        oddChars += word.codePointCount(0, word.length());
      }
    }
  }

  Verdict verdict() {
    if (glyphs >= MIN_CHARS && undecodedGlyphs >= BAD_UNUSABLE * glyphs) {
      return Verdict.UNUSABLE;
    }
    if (chars < MIN_CHARS) {
      return undecodedGlyphs > 0 && chars == 0 ? Verdict.UNUSABLE : Verdict.GOOD;
    }
    double bad = Math.max(unmapped + oddChars, unmapped + symbols);
    if (bad >= BAD_UNUSABLE * chars || privateUse >= BAD_UNUSABLE * chars) {
      return Verdict.UNUSABLE;
    }
    boolean garbled =
        unmapped >= UNMAPPED_GARBLED * chars
            || symbols >= SYMBOLS_GARBLED * chars
            || privateUse >= PRIVATE_USE_GARBLED * chars
            || undecodedGlyphs >= UNMAPPED_GARBLED * Math.max(glyphs, 1)
            || (latinTokens >= MIN_LATIN_TOKENS
                && oddLatinTokens >= ODD_TOKENS_GARBLED * latinTokens);
    return garbled ? Verdict.GARBLED : Verdict.GOOD;
  }

  /** Whether one word (no spaces, edge punctuation stripped) has no plausible shape. */
  static boolean isOdd(String word) {
    if (mayBeLink(word) && LINK.matcher(word).matches()) {
      return false; // links and addresses are shaped by their own rules
    }
    int symbolCount = 0;
    int n = 0;
    boolean letters = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      n++;
      // Letters and digits are none of the symbols below.
      if (isAsciiLetter(cp)) {
        letters = true;
        continue;
      }
      if (cp >= '0' && cp <= '9') {
        continue;
      }
      if (cp == 0xFFFD || ODD_SYMBOLS.indexOf(cp) >= 0 || isLatin1Symbol(cp)) {
        return true;
      }
      if (isSymbol(cp)) {
        symbolCount++;
      }
    }
    if (n >= 6 && 2 * symbolCount > n && distinctSymbols(word) >= 4) {
      return true;
    }
    // Every pattern below needs a Latin letter, and most words are plainly shaped: both are common
    // enough to be worth answering without a regex.
    if (!letters || isPlainWord(word)) {
      return false;
    }
    return hasOddShape(word);
  }

  /**
   * Whether a run of three or more ASCII letters has no WORD_SHAPE, or a letter meets a digit or a
   * punctuation mark the way shifted codes do. Scans by hand where a scan answers as the regexes
   * {@code [A-Za-z]{3,}} (each run then tried on WORD_SHAPE) and {@code [A-Za-z][;?#!$*=][A-Za-z]}.
   */
  static boolean hasOddShape(String word) {
    return hasOddLetterRun(word)
        || hasPunctuationInside(word)
        || (hasAsciiDigit(word) && DIGIT_INSIDE.matcher(word).find());
  }

  // Whether a maximal run of three or more ASCII letters has no WORD_SHAPE.
  private static boolean hasOddLetterRun(String word) {
    int n = word.length();
    int i = 0;
    while (i < n) {
      if (!isAsciiLetter(word.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(word.charAt(i))) {
        i++;
      }
      if (i - start >= 3
          && !isPlainRun(word, start, i)
          && !WORD_SHAPE.matcher(word.substring(start, i)).matches()) {
        return true;
      }
    }
    return false;
  }

  // lower, UPPER or Capitalized: the runs WORD_SHAPE always accepts, answered without it.
  private static boolean isPlainRun(String word, int start, int end) {
    boolean upperTail = Character.isUpperCase(word.charAt(start + 1));
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(word.charAt(i)) != upperTail) {
        return false;
      }
    }
    return upperTail ? Character.isUpperCase(word.charAt(start)) : true;
  }

  // A letter, one of INSIDE_PUNCTUATION, a letter.
  private static boolean hasPunctuationInside(String word) {
    for (int i = 1; i + 1 < word.length(); i++) {
      if (INSIDE_PUNCTUATION.indexOf(word.charAt(i)) >= 0
          && isAsciiLetter(word.charAt(i - 1))
          && isAsciiLetter(word.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAsciiDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  // What LINK can match at all: a scheme, a www. host or an address.
  private static boolean mayBeLink(String word) {
    return word.contains("://")
        || word.indexOf('@') >= 0
        || word.regionMatches(true, 0, "www.", 0, 4);
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  // lower, UPPER or Capitalized ASCII letters only: shapes WORD_SHAPE always accepts.
  private static boolean isPlainWord(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean sameCase =
          Character.isUpperCase(word.charAt(1)) ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z';
      if (!sameCase) {
        return false;
      }
    }
    return isAsciiLetter(word.charAt(0));
  }

  // text[start, end) without the edge punctuation around it.
  private static String strip(String text, int start, int end) {
    while (start < end && EDGE_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  private static int latinLetters(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        n++;
      }
    }
    return n;
  }

  // Every symbol is below U+00C0 (see isSymbol), so a small table marks those seen.
  private static int distinctSymbols(String word) {
    boolean[] seen = new boolean[0xC0];
    int distinct = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (isSymbol(cp) && !seen[cp]) {
        seen[cp] = true;
        distinct++;
      }
    }
    return distinct;
  }

  // ASCII punctuation other than what ordinary text is full of, and the Latin-1 symbols.
  private static boolean isSymbol(int cp) {
    if (cp < 0x80) {
      return !Character.isLetterOrDigit(cp) && cp > ' ' && ".,'-()/:".indexOf(cp) < 0;
    }
    return isLatin1Symbol(cp);
  }

  // ¡ to ¿ except the middle dot, which Chinese and Japanese text uses between names.
  private static boolean isLatin1Symbol(int cp) {
    return cp >= 0xA1 && cp <= 0xBF && cp != 0xB7;
  }
}
