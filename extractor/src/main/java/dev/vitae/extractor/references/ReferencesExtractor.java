package dev.vitae.extractor.references;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.entry.Items;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.Reference;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads references sections: each item (a list item or a paragraph) is one referee, the first line
 * naming them and the rest (title, employer, contact, a quoted recommendation) their reference.
 * "Available on request" and the like name nobody and give no reference.
 *
 * <p>Requires LAYOUT and SECTIONS; provides REFERENCES.
 */
public final class ReferencesExtractor implements Extractor {
  private static final Pattern ON_REQUEST =
      Pattern.compile(
          "(?i)(?:upon|on|by|at) request|available (?:up)?on|furnished|provided (?:up)?on"
              + "|可(?:应要求)?提供|备索|面试时提供");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.REFERENCES);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    for (Section section : draft.sections(SectionKind.REFERENCES)) {
      for (List<LineFeatures> item :
          Items.of(draft.layout().range(section.start(), section.end()))) {
        String name = Texts.clean(item.get(0).text());
        if (name.isEmpty() || ON_REQUEST.matcher(name).find()) {
          continue;
        }
        List<String> rest = item.subList(1, item.size()).stream().map(LineFeatures::text).toList();
        String reference = EntryBody.join(rest);
        draft
            .references()
            .add(
                new Drafted<>(
                    new Reference(name, reference),
                    item.get(0).index(),
                    item.get(item.size() - 1).index()));
      }
    }
  }
}
