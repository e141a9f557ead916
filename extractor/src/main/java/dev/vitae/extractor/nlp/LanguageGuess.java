package dev.vitae.extractor.nlp;

import java.util.Objects;

/**
 * A language a detector believes a text is written in.
 *
 * @param code ISO 639-1 code ({@code en}, {@code fr}, {@code zh})
 * @param confidence from 0 to 1
 */
public record LanguageGuess(String code, double confidence) {
  public LanguageGuess {
    Objects.requireNonNull(code, "code");
  }
}
