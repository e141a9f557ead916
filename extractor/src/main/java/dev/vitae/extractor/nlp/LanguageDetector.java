package dev.vitae.extractor.nlp;

import java.util.List;

/** Tells which language a text is written in. Thread-safe; loads its model once, on first use. */
public interface LanguageDetector {
  /**
   * The likeliest languages of {@code text}, most likely first; empty when the text has too few
   * letters to tell. Reads at most a bounded prefix of long texts; never throws on odd input.
   */
  List<LanguageGuess> detect(String text);

  /**
   * Loads the model now rather than on the first text that needs it; does nothing when it is
   * loaded, or for an implementation without a model to load.
   *
   * @throws IllegalStateException when the model is missing
   */
  default void load() {}
}
