package dev.vitae.extractor.nlp;

import java.util.Optional;

/**
 * The models an extraction may consult; each is optional, and a pipeline built with none runs the
 * rules alone. Built once per process and shared by every document.
 */
public final class NlpLayer {
  private static final NlpLayer NONE = new NlpLayer(null, null, null);

  private final EntityRecognizer englishEntities;
  private final LanguageDetector languages;
  private final SentenceSplitter englishSentences;

  private NlpLayer(
      EntityRecognizer englishEntities,
      LanguageDetector languages,
      SentenceSplitter englishSentences) {
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
      EntityRecognizer englishEntities,
      LanguageDetector languages,
      SentenceSplitter englishSentences) {
    return new NlpLayer(englishEntities, languages, englishSentences);
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
