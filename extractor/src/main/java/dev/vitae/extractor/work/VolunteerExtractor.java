package dev.vitae.extractor.work;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.Entry;
import dev.vitae.extractor.entry.EntrySplitter;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.Volunteer;
import dev.vitae.extractor.model.Work;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Set;

/**
 * Reads volunteering sections (Volunteering, Community Service, 志愿经历, 校园经历): their entries are laid
 * out as jobs are, so each is read as a work entry and kept as the organization, position, period,
 * summary and highlights of {@code volunteer[]}.
 *
 * <p>Requires LAYOUT and SECTIONS; provides VOLUNTEER.
 */
public final class VolunteerExtractor implements Extractor {
  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.VOLUNTEER);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    for (Section section : draft.sections(SectionKind.VOLUNTEER)) {
      List<LineFeatures> lines = draft.layout().range(section.start(), section.end());
      for (Entry e :
          EntrySplitter.split(lines, EntrySplitter.UndatedHeadings.BODY_UNLESS_ENTRY_LIKE)) {
        for (Entry entry : WorkExtractor.splitRoles(e.withDateLinesInHeader())) {
          WorkExtractor.read(entry)
              .map(VolunteerExtractor::asVolunteer)
              .ifPresent(
                  v ->
                      draft.volunteer().add(new Drafted<>(v, entry.firstLine(), entry.lastLine())));
        }
      }
    }
  }

  private static Volunteer asVolunteer(Work w) {
    return new Volunteer(
        w.name(), w.position(), w.url(), w.startDate(), w.endDate(), w.summary(), w.highlights());
  }
}
