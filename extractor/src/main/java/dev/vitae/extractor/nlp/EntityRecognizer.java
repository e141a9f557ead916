package dev.vitae.extractor.nlp;

import java.util.List;

/**
 * Finds people, organizations and places in short texts (a header line, an entry heading, a
 * location phrase), never in whole documents. Implementations load their model once, on first use,
 * and are thread-safe: one instance serves every document of a process.
 */
public interface EntityRecognizer {
  /** Longest text an implementation must accept; callers cut longer texts or skip them. */
  int MAX_TEXT = 1_000;

  /**
   * The entities in {@code text}, in text order. Never throws on odd input (empty, symbols only,
   * another script): it returns no entities.
   *
   * @throws IllegalArgumentException when {@code text} is longer than {@link #MAX_TEXT}
   */
  List<Entity> recognize(String text);

  /**
   * Loads the model now rather than on the first text that needs it; does nothing when it is
   * loaded, or for an implementation without a model to load.
   *
   * @throws IllegalStateException when the model is missing
   */
  default void load() {}
}
