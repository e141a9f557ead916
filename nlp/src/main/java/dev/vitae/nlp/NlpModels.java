package dev.vitae.nlp;

import dev.vitae.extractor.nlp.NlpLayer;

/**
 * Builds the shipped NLP layer. Call {@link #standard()} once per process and share the layer: its
 * models load lazily, each on the first document that needs it, and are thread-safe.
 */
public final class NlpModels {
  private NlpModels() {}

  /** Whether the models of {@link #standard()} are on the classpath. */
  public static boolean isAvailable() {
    return CoreNlpEntityRecognizer.isAvailable() && OpenNlpLanguageDetector.isAvailable();
  }

  /**
   * The layer vitae ships: CoreNLP's English 3-class entities and OpenNLP's language detection.
   * OpenNLP's sentence splitter is left out: the corpora's gold keeps a role's paragraph as its
   * summary, so splitting it into highlights lowered the score (see {@code scripts/ablation.sh}).
   *
   * @throws IllegalStateException when a model is missing from the classpath
   */
  public static NlpLayer standard() {
    if (!isAvailable()) {
      throw new IllegalStateException("the NLP models are not on the classpath");
    }
    return NlpLayer.of(new CoreNlpEntityRecognizer(), new OpenNlpLanguageDetector(), null);
  }

  /** Every model this module has, the sentence splitter included, for measurements. */
  public static NlpLayer all() {
    return NlpLayer.of(
        new CoreNlpEntityRecognizer(),
        new OpenNlpLanguageDetector(),
        new OpenNlpSentenceSplitter());
  }
}
