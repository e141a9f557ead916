package dev.vitae.extractor.nlp;

import dev.vitae.extractor.normalize.Scripts;

/**
 * The writing system of a line, from its letters' Unicode scripts (no model): it routes a line to
 * the English models or keeps it from them.
 */
public enum Script {
  /** Latin letters only, or nearly: English models apply. */
  LATIN,
  /** Han characters only, or nearly. */
  HAN,
  /** A real mix ("Tencent 后台开发工程师"). */
  MIXED,
  /** No letters, or letters of other scripts. */
  OTHER;

  // A line is of one script when the other makes up less than a tenth of its weight.
  private static final double MINOR_SHARE = 0.1;
  // A Han character carries about as much as three Latin letters.
  private static final int HAN_WEIGHT = 3;

  /** The script of {@code text}, reading at most its first 2,000 characters. */
  public static Script of(String text) {
    int latin = 0;
    int han = 0;
    int other = 0;
    int limit = Math.min(text.length(), 2_000);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Scripts.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (script == Character.UnicodeScript.HAN) {
        han += HAN_WEIGHT;
      } else {
        other++;
      }
    }
    double total = latin + han + other;
    if (total == 0) {
      return OTHER;
    }
    if (latin / total >= 1 - MINOR_SHARE) {
      return LATIN;
    }
    if (han / total >= 1 - MINOR_SHARE) {
      return HAN;
    }
    return latin + han >= (1 - MINOR_SHARE) * total ? MIXED : OTHER;
  }
}
