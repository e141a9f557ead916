package dev.vitae.bench.devcorpus;

import dev.vitae.extractor.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * How one renderer writes dates and periods.
 *
 * @param dash what stands between the two ends of a range, spaces included ({@code " – "})
 * @param present the word for an ongoing end ({@code Present}, {@code 至今})
 */
public record DateFormat(DateStyle style, String dash, String present) {

  /** One date. */
  public String format(PartialDate date) {
    return style.format(date);
  }

  /** A period as a resume prints it, or null when there is none. */
  public @Nullable String format(@Nullable Period period) {
    if (period == null) {
      return null;
    }
    PartialDate start = period.start();
    PartialDate end = period.end();
    if (start != null && end != null) {
      return format(start) + dash + format(end);
    }
    if (start != null) {
      return period.ongoing() ? format(start) + dash + present : format(start);
    }
    return end == null ? null : format(end);
  }
}
