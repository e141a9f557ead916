package dev.vitae.extractor.entry;

import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.normalize.DateRange;
import dev.vitae.extractor.normalize.DateRanges;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a short history in the header or contact block: "Employer / Title / 2015.11–至今", "硕士 /
 * 外聘教师 / 某大学 / 2019.09~2023.01". Each row has several slash- or bar-separated parts, a period, and
 * a part that names an organization or a school.
 */
public final class ShortHistory {
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\s/\\s|[|｜]|／)\\s*");

  /** One row: its line, its parts with the period removed, and the period. */
  public record Row(LineFeatures line, List<String> parts, @Nullable DateRange period) {
    /** The start of the period, or null. */
    public @Nullable PartialDate start() {
      return period == null ? null : period.start();
    }

    /** The end of the period, or null. */
    public @Nullable PartialDate end() {
      return period == null ? null : period.end();
    }

    public Row {
      parts = List.copyOf(parts);
    }
  }

  private ShortHistory() {}

  /** The dated rows found in the header and contact sections, in document order. */
  public static List<Row> rows(ResumeDraft draft) {
    return rows(draft, true);
  }

  /**
   * The rows found in the header and contact sections, in document order; {@code period} is null
   * for an undated row when {@code requireDate} is false.
   */
  public static List<Row> rows(ResumeDraft draft, boolean requireDate) {
    List<Row> out = new ArrayList<>();
    for (Section s : draft.sections()) {
      if (s.kind() != SectionKind.HEADER && s.kind() != SectionKind.CONTACT) {
        continue;
      }
      for (LineFeatures lf : draft.layout().range(s.start(), s.end())) {
        if ((requireDate && lf.dates().isEmpty()) || lf.text().contains("@")) {
          continue;
        }
        String[] raw = SEPARATOR.split(lf.text());
        if (raw.length < 3) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        DateRange period = lf.dates().isEmpty() ? null : lf.dates().get(0);
        for (String p : raw) {
          if (!p.isBlank() && DateRanges.findAll(p).isEmpty()) {
            parts.add(p.strip());
          }
        }
        boolean names =
            parts.stream().anyMatch(p -> Vocabulary.hasOrgWord(p) || Vocabulary.hasSchoolWord(p));
        if (names && parts.size() >= 2) {
          out.add(new Row(lf, parts, period));
        }
      }
    }
    return out;
  }
}
