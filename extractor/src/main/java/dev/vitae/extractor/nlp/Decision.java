package dev.vitae.extractor.nlp;

import java.util.Objects;

/**
 * How one field was decided and how sure the layer is, so that downstream systems can filter.
 *
 * @param by the method
 * @param score from 0 to 1: the model's confidence in the value when the model was involved, the
 *     rules' prior otherwise
 */
public record Decision(Method by, double score) {
  public Decision {
    Objects.requireNonNull(by, "by");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of 0..1: " + score);
    }
    // Two decimals are all a consumer can use, and they keep outputs stable across JVMs.
    score = Math.round(score * 100) / 100.0;
  }
}
