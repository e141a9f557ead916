package dev.vitae.extractor.layout;

import dev.vitae.extractor.normalize.Scripts;

/** Word counting that treats Chinese fairly. */
public final class Words {
  private Words() {}

  /** Latin words plus half a word per Han character. */
  public static double count(String text) {
    double n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Scripts.isHan(cp)) {
        n += 0.5;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return n;
  }
}
