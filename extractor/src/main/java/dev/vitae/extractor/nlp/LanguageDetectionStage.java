package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Refines the document languages that the script count gave: Latin script is not always English.
 * The Latin-script lines are given to a language detector, and when it names another language with
 * enough confidence, that code replaces {@code en}. Han, kana and Hangul keep the script's verdict,
 * which no detector betters.
 *
 * <p>Requires and provides {@link Slot#DOCUMENT_LANGUAGE}, so it runs right after the script stage
 * and before every rule that reads the languages. Stateless and thread-safe; never throws on odd
 * input.
 */
public final class LanguageDetectionStage implements Extractor {
  /** Below this confidence the script's {@code en} stands. */
  static final double MIN_CONFIDENCE = 0.5;

  // Enough prose for a character n-gram model; more only costs time.
  private static final int MAX_CHARS = 4_000;
  private static final int MIN_CHARS = 200;

  private final LanguageDetector detector;

  public LanguageDetectionStage(LanguageDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.DOCUMENT_LANGUAGE);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.DOCUMENT_LANGUAGE);
  }

  @Override
  public Set<Slot> refines() {
    return Set.of(Slot.DOCUMENT_LANGUAGE);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    List<String> languages = draft.documentLanguages();
    if (!languages.contains("en")) {
      return;
    }
    StringBuilder latin = new StringBuilder();
    for (Line line : doc.lines()) {
      if (latin.length() >= MAX_CHARS) {
        break;
      }
      if (Script.of(line.text()) == Script.LATIN) {
        latin.append(line.text()).append('\n');
      }
    }
    if (latin.length() < MIN_CHARS) {
      return;
    }
    List<LanguageGuess> guesses = detector.detect(latin.toString());
    if (guesses.isEmpty()) {
      return;
    }
    LanguageGuess top = guesses.get(0);
    if (top.confidence() < MIN_CONFIDENCE
        || top.code().equals("en")
        || languages.contains(top.code())) {
      return;
    }
    List<String> refined = new ArrayList<>(languages);
    refined.set(refined.indexOf("en"), top.code());
    draft.setDocumentLanguages(refined);
  }
}
