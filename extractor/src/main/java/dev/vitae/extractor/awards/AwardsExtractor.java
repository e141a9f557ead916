package dev.vitae.extractor.awards;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.Award;
import dev.vitae.extractor.model.Certificate;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads awards and certificates sections. Each list item, or each line that carries its own date,
 * is one item; otherwise lines run together until a line that is only a date closes the item
 * (title, description lines, date: a common template layout). The section's heading decides whether
 * items are awards or certificates.
 *
 * <p>Requires LAYOUT and SECTIONS; provides AWARDS.
 */
public final class AwardsExtractor implements Extractor {
  private static final Pattern RANK =
      Pattern.compile("(?i)((?:top\\s+)?\\d+(?:st|nd|rd|th)?\\s*/\\s*\\d+)\\s+");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.AWARDS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections()) {
      boolean certificates = section.kind() == SectionKind.CERTIFICATES;
      if (!certificates && section.kind() != SectionKind.AWARDS) {
        continue;
      }
      for (Item item : items(layout.range(section.start(), section.end()))) {
        if (certificates) {
          // The schema's certificate date is a full date; a year or month alone has no place there.
          PartialDate full = item.date != null && item.date.day() > 0 ? item.date : null;
          draft
              .certificates()
              .add(
                  new Drafted<>(
                      new Certificate(item.title, full, null, null), item.first, item.last));
        } else {
          draft
              .awards()
              .add(
                  new Drafted<>(
                      new Award(item.title, item.date, null, item.summary), item.first, item.last));
        }
      }
    }
  }

  private record Item(
      String title, @Nullable PartialDate date, @Nullable String summary, int first, int last) {}

  private static List<Item> items(List<LineFeatures> all) {
    List<LineFeatures> lines = all.stream().filter(l -> !l.text().isEmpty()).toList();
    boolean closedByDates =
        lines.stream().anyMatch(LineFeatures::dateOnly)
            && lines.stream().noneMatch(LineFeatures::bullet);
    List<Item> out = new ArrayList<>();
    if (closedByDates) {
      List<LineFeatures> run = new ArrayList<>();
      for (LineFeatures lf : lines) {
        if (lf.dateOnly()) {
          if (!run.isEmpty()) {
            out.add(item(run, lf.dates().get(0).start(), lf.index()));
          }
          run.clear();
        } else {
          run.add(lf);
        }
      }
      if (!run.isEmpty()) {
        out.add(item(run, null, run.get(run.size() - 1).index()));
      }
      return out;
    }
    for (LineFeatures lf : lines) {
      if (lf.bullet() && lf.listDepth() > 1 && !out.isEmpty()) {
        continue; // details of the item above
      }
      String title = Texts.clean(lf.textWithoutDates());
      if (title.isEmpty()) {
        continue;
      }
      PartialDate date = lf.hasDate() ? lf.dates().get(0).start() : null;
      // "top 52/2500 KPCB Fellow", "1st/50 Coding Contest": the placing is the summary
      var rank = RANK.matcher(title);
      String summary = null;
      if (rank.lookingAt() && rank.end() < title.length()) {
        summary = Texts.clean(rank.group(1));
        title = Texts.clean(title.substring(rank.end()));
      }
      out.add(new Item(title, date, summary, lf.index(), lf.index()));
    }
    return out;
  }

  private static Item item(List<LineFeatures> run, @Nullable PartialDate date, int last) {
    String title = Texts.clean(run.get(0).textWithoutDates());
    List<String> rest = run.subList(1, run.size()).stream().map(LineFeatures::text).toList();
    return new Item(title, date, EntryBody.join(rest), run.get(0).index(), last);
  }
}
