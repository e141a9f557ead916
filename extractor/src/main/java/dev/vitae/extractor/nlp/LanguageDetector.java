package dev.vitae.extractor.nlp;

import java.util.List;

/** Tells which language a text is written in. Thread-safe; loads its model once, on first use. */
public interface LanguageDetector {
  /**
   * The likeliest languages of {@code text}, most likely first; empty when the text has too few
   * letters to tell. Reads at most a bounded prefix of long texts; never throws on odd input.
   */
  List<LanguageGuess> detect(String text);
}
