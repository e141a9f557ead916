package dev.vitae.extractor.layout;

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
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
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
