package dev.vitae.extractor.nlp;

import java.util.List;

/** Cuts English prose into sentences. Thread-safe; loads its model once, on first use. */
public interface SentenceSplitter {
  /**
   * The sentences of {@code text}, trimmed, in order; the text itself as one sentence when it has
   * no boundary, and nothing for blank text. Never throws on odd input.
   */
  List<String> split(String text);

  /**
   * Loads the model now rather than on the first text that needs it; does nothing when it is
   * loaded, or for an implementation without a model to load.
   *
   * @throws IllegalStateException when the model is missing
   */
  default void load() {}
}
