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
import java.util.ArrayList;
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

  private static final Pattern DASH = Pattern.compile("^\\s*(?:[—―–]+|-{1,2}|~)\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？\"”’)]$");

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
          pairQuotes(Items.of(draft.layout().range(section.start(), section.end())))) {
        int nameAt = attribution(item.get(item.size() - 1)) ? item.size() - 1 : 0;
        String name = Texts.clean(DASH.matcher(item.get(nameAt).text()).replaceFirst(""));
        if (name.isEmpty() || ON_REQUEST.matcher(name).find()) {
          continue;
        }
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < item.size(); i++) {
          if (i != nameAt) {
            rest.add(item.get(i).text());
          }
        }
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

  /**
   * Joins a referee set apart from their recommendation: a name line followed by a paragraph of
   * prose, or a quoted paragraph followed by its attribution ("— Mrs A. Smith, Headteacher").
   */
  static List<List<LineFeatures>> pairQuotes(List<List<LineFeatures>> items) {
    List<List<LineFeatures>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<LineFeatures> item = items.get(i);
      List<LineFeatures> next = i + 1 < items.size() ? items.get(i + 1) : null;
      if (next != null
          && ((isNameLine(item) && !attribution(item.get(0)) && isProse(next))
              || (isProse(item) && next.size() == 1 && attribution(next.get(0))))) {
        List<LineFeatures> joined = new ArrayList<>(item);
        joined.addAll(next);
        out.add(joined);
        i++;
        continue;
      }
      out.add(item);
    }
    return out;
  }

  // One short line that ends no sentence: "Dr Jane Roe, Head of Science, Hill School".
  private static boolean isNameLine(List<LineFeatures> item) {
    if (item.size() != 1) {
      return false;
    }
    String t = item.get(0).text().strip();
    return !t.isEmpty() && item.get(0).words() <= 14 && !SENTENCE_END.matcher(t).find();
  }

  // Sentences only: what a referee said, not who they are.
  private static boolean isProse(List<LineFeatures> item) {
    String last = item.get(item.size() - 1).text().strip();
    double words = item.stream().mapToDouble(LineFeatures::words).sum();
    return words >= 8
        && SENTENCE_END.matcher(last).find()
        && item.stream().noneMatch(ReferencesExtractor::attribution);
  }

  private static boolean attribution(LineFeatures lf) {
    // The layout drops a leading dash as a list marker; the line's own text still has it.
    return (DASH.matcher(lf.text()).lookingAt() || DASH.matcher(lf.line().text()).lookingAt())
        && lf.words() <= 14;
  }
}
