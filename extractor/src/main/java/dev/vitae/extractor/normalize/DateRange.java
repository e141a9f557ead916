package dev.vitae.extractor.normalize;

import dev.vitae.extractor.model.PartialDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period found in text: a start, an end or "ongoing", and where in the text it was written.
 *
 * @param start the first date, never null
 * @param end the last date, or null when the period is ongoing or only one date was written
 * @param ongoing whether the text said the period goes on ("Present", "至今", "Now")
 * @param from index of the first character of the match in the searched text
 * @param to index one past the last character of the match
 */
public record DateRange(
    PartialDate start, @Nullable PartialDate end, boolean ongoing, int from, int to) {
  public DateRange {
    Objects.requireNonNull(start, "start");
    if (ongoing && end != null) {
      throw new IllegalArgumentException("an ongoing period has no end");
    }
  }

  /** Whether only a single date was written (no end and not ongoing). */
  public boolean isSingle() {
    return end == null && !ongoing;
  }
}
