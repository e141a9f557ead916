package dev.vitae.extractor.nlp;

import java.util.Objects;

/**
 * A named-entity span found in a text.
 *
 * @param text the span as written: {@code source.substring(start, end)}
 * @param start offset of the first character in the text given to the recognizer
 * @param end offset after the last character
 * @param type what the span names
 * @param score the recognizer's confidence, from 0 to 1
 */
public record Entity(String text, int start, int end, EntityType type, double score) {
  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of 0..1: " + score);
    }
  }
}
