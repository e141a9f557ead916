package dev.vitae.extractor.nlp;

import java.util.List;

/** Cuts English prose into sentences. Thread-safe; loads its model once, on first use. */
public interface SentenceSplitter {
  /**
   * The sentences of {@code text}, trimmed, in order; the text itself as one sentence when it has
   * no boundary, and nothing for blank text. Never throws on odd input.
   */
  List<String> split(String text);
}
