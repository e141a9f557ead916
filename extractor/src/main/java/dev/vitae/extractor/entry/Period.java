package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.normalize.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dates of an entry, and the lines whose leading date (or "now") was used for them, so that
 * callers can drop those tokens from the text.
 */
public record Period(
    @Nullable PartialDate start,
    @Nullable PartialDate end,
    boolean ongoing,
    Set<Integer> consumedLines) {
  public Period {
    consumedLines = Set.copyOf(consumedLines);
  }

  static final Period NONE = new Period(null, null, false, Set.of());
  private static final Pattern LEADING_BULLET = Pattern.compile("^[•·▪●■◦‣]\\s*");

  /**
   * Reads the period of an entry: a range in a header line; else a start date opening a header or
   * body line and an end date (or "now") opening the next line, as a flattened date column gives.
   */
  public static Period of(Entry entry) {
    List<LineFeatures> near = new ArrayList<>(entry.header());
    near.addAll(entry.body().subList(0, Math.min(2, entry.body().size())));
    for (LineFeatures lf : near) {
      if (lf.bullet() && !entry.header().contains(lf)) {
        continue;
      }
      for (DateRange d : lf.dates()) {
        if (!d.isSingle()) {
          return new Period(d.start(), d.end(), d.ongoing(), Set.of());
        }
      }
    }
    List<LineFeatures> lines = new ArrayList<>(entry.header());
    lines.addAll(entry.body());
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      Optional<DateRange> lead = lf.leadingDate();
      if (lead.isEmpty() && !(i < entry.header().size() && lf.hasDate())) {
        if (i >= entry.header().size()) {
          break; // the date column, if any, opens the first body line
        }
        continue;
      }
      DateRange first = lead.orElse(lf.dates().get(0));
      if (i + 1 < lines.size()) {
        LineFeatures next = lines.get(i + 1);
        if (next.leadingDate().isPresent() && next.leadingDate().get().isSingle()) {
          return new Period(
              first.start(),
              next.leadingDate().get().start(),
              false,
              Set.of(lf.index(), next.index()));
        }
        if (EntrySplitter.startsOngoing(next.text())) {
          return new Period(first.start(), null, true, Set.of(lf.index(), next.index()));
        }
      }
      return new Period(
          first.start(), null, false, lead.isPresent() ? Set.of(lf.index()) : Set.of());
    }
    return NONE;
  }

  /** The first period or date written anywhere in the entry; consumes nothing. */
  public static Period anywhere(Entry entry) {
    List<LineFeatures> lines = new ArrayList<>(entry.header());
    lines.addAll(entry.body());
    for (LineFeatures lf : lines) {
      if (lf.hasDate()) {
        DateRange d = lf.dates().get(0);
        return new Period(d.start(), d.end(), d.ongoing(), Set.of());
      }
    }
    return NONE;
  }

  /** The text of a line with its leading date or "now" removed when this period used it. */
  public String strip(LineFeatures lf) {
    if (!consumedLines.contains(lf.index())) {
      return lf.text();
    }
    if (lf.leadingDate().isPresent()) {
      return stripBullet(lf.textAfterLeadingDate());
    }
    String t = lf.text().strip();
    int sp = t.indexOf(' ');
    return sp < 0 ? "" : stripBullet(t.substring(sp + 1).strip());
  }

  private static String stripBullet(String s) {
    return LEADING_BULLET.matcher(s).replaceFirst("").strip();
  }
}
