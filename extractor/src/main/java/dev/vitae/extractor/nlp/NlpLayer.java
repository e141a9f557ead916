package dev.vitae.extractor.nlp;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The models an extraction may consult; each is optional, and a pipeline built with none runs the
 * rules alone. Built once per process and shared by every document.
 */
public final class NlpLayer {
  private static final NlpLayer NONE = new NlpLayer(null, null, null);

  private final @Nullable EntityRecognizer englishEntities;
  private final @Nullable LanguageDetector languages;
  private final @Nullable SentenceSplitter englishSentences;

  private NlpLayer(
      @Nullable EntityRecognizer englishEntities,
      @Nullable LanguageDetector languages,
      @Nullable SentenceSplitter englishSentences) {
    this.englishEntities = englishEntities;
    this.languages = languages;
    this.englishSentences = englishSentences;
  }

  /** A layer with no models. */
  public static NlpLayer none() {
    return NONE;
  }

  /** A layer with these models; any of them may be null, meaning "not available". */
  public static NlpLayer of(
      @Nullable EntityRecognizer englishEntities,
      @Nullable LanguageDetector languages,
      @Nullable SentenceSplitter englishSentences) {
    return new NlpLayer(englishEntities, languages, englishSentences);
  }

  /**
   * Loads every model of the layer now, so that the first document does not wait for them.
   *
   * @throws IllegalStateException when a model is missing
   */
  public void load() {
    findEnglishEntities().ifPresent(EntityRecognizer::load);
    findLanguages().ifPresent(LanguageDetector::load);
    findEnglishSentences().ifPresent(SentenceSplitter::load);
  }

  /** The English named-entity recognizer, if any. */
  public Optional<EntityRecognizer> findEnglishEntities() {
    return Optional.ofNullable(englishEntities);
  }

  /** The document language detector, if any. */
  public Optional<LanguageDetector> findLanguages() {
    return Optional.ofNullable(languages);
  }

  /** The English sentence splitter, if any. */
  public Optional<SentenceSplitter> findEnglishSentences() {
    return Optional.ofNullable(englishSentences);
  }
}
