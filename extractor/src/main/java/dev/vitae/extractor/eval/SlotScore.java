package dev.vitae.extractor.eval;

import java.util.Objects;

/** The counts of one slot (over one document, or pooled over several). */
public record SlotScore(Field field, Counts counts) {
  public SlotScore {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(counts, "counts");
  }
}
