package dev.vitae.bench.devcorpus;

import dev.vitae.extractor.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates an entry shows: a range, an open range that is still going on, or one date.
 *
 * @param ongoing the entry runs to the present: it has a start and no end
 */
public record Period(@Nullable PartialDate start, @Nullable PartialDate end, boolean ongoing) {
  public Period {
    if (ongoing && (start == null || end != null)) {
      throw new IllegalArgumentException("an ongoing period has a start and no end");
    }
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period has a date");
    }
  }

  /**
   * The period of a role or a course of study (work, volunteer, education). The gold writes an
   * ongoing one as a start without an end; a start without an end that is only a year is a one-date
   * entry ("Math Tutor, 2009"), as the gold README says, and shows that year alone.
   */
  public static @Nullable Period span(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start == null && end == null) {
      return null;
    }
    return new Period(start, end, start != null && end == null && start.month() != 0);
  }

  /** The period of a project: a range, or the one date it has. Never ongoing. */
  public static @Nullable Period of(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start == null && end == null) {
      return null;
    }
    return new Period(start, end, false);
  }

  /** One date (an award, a certificate, a publication). */
  public static @Nullable Period at(@Nullable PartialDate date) {
    return date == null ? null : new Period(date, null, false);
  }
}
