package dev.vitae.extractor.skills;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.languages.LanguagesExtractor;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Words;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.extractor.section.SectionVocabulary;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads skills into groups: a "Group: a, b" line is one group; a short line without separators
 * followed by rows of terms names the group of those rows (a sub-heading likewise); terms with no
 * group name form one group named after the section's own heading. Keyword lines in the header
 * ("Topic: …", "Keywords: …") are read the same way.
 *
 * <p>Requires LAYOUT and SECTIONS; provides SKILLS.
 */
public final class SkillsExtractor implements Extractor {
  private static final Set<String> HEADER_KEYWORD_KEYS =
      Set.of(
          "topic", "topics", "keywords", "tags", "关键词", "标签", "key skills", "skills", "tech stack");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
  private static final Pattern HAS_LIST_SEPARATOR = Pattern.compile(".*[,，、;；/|].*");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.SKILLS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections()) {
      List<LineFeatures> lines = layout.range(section.start(), section.end());
      if (section.kind() == SectionKind.SKILLS) {
        String name =
            section.heading() == null
                ? "Skills"
                : Texts.clean(TRAILING_COLON.matcher(section.heading()).replaceAll(""));
        read(lines, name, draft);
      } else if (section.kind() == SectionKind.HEADER) {
        for (LineFeatures lf : lines) {
          lf.keyValue()
              .filter(kv -> HEADER_KEYWORD_KEYS.contains(SectionVocabulary.normalize(kv.key())))
              .ifPresent(
                  kv -> addGroup(draft, kv.key(), KeywordLists.split(kv.value()), lf.index()));
        }
      }
    }
  }

  static void read(List<LineFeatures> raw, String sectionName, ResumeDraft draft) {
    List<LineFeatures> lines = EntryBody.joinContinuations(raw);
    String group = null;
    int groupLine = -1;
    List<String> pending = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    int looseLine = -1;
    float valueColumn = 0; // where a wrapped value cell of a labelled row starts; 0: no such row
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      var kv = lf.keyValue();
      if (kv.isPresent() && LanguagesExtractor.isSpokenLanguagesOrInterests(kv.get())) {
        continue; // "Language: Mandarin, English" or "Interests: …" inside Skills: not skills
      }
      if (kv.isPresent() && !kv.get().value().isEmpty()) {
        group = flush(draft, group, pending, groupLine);
        addGroup(draft, kv.get().key(), KeywordLists.split(kv.get().value()), lf.index());
        continue;
      }
      String[] labelled = labelledRow(lf);
      if (labelled != null) {
        group = flush(draft, group, pending, groupLine);
        group = labelled[0];
        groupLine = lf.index();
        pending.addAll(KeywordLists.split(labelled[1]));
        valueColumn = valueColumn(lf.line());
        continue;
      }
      if (group != null && valueColumn > 0) {
        // the value cell of the row above, wrapped onto a line of its own under that cell
        if (!lf.line().isRow() && lf.line().cells().get(0).x() >= valueColumn) {
          pending.addAll(KeywordLists.split(lf.text()));
          continue;
        }
        group = flush(draft, group, pending, groupLine);
      }
      valueColumn = 0;
      boolean nextIsRow =
          i + 1 < lines.size()
              && !isGroupName(lines.get(i + 1), lines, i + 1)
              && lines.get(i + 1).keyValue().isEmpty();
      if ((lf.isHeading() || isGroupName(lf, lines, i)) && nextIsRow) {
        group = flush(draft, group, pending, groupLine);
        group = Texts.clean(TRAILING_COLON.matcher(lf.text()).replaceAll(""));
        groupLine = lf.index();
        continue;
      }
      // A line that is a sentence ("熟悉 C++ 与 STL，…") is one item, not a list to cut.
      List<String> terms =
          KeywordLists.isSentence(lf.text())
              ? List.of(Texts.clean(lf.text()))
              : KeywordLists.split(lf.text());
      if (group != null) {
        pending.addAll(terms);
      } else {
        loose.addAll(terms);
        looseLine = looseLine < 0 ? lf.index() : looseLine;
      }
    }
    flush(draft, group, pending, groupLine);
    if (!loose.isEmpty()) {
      addGroup(draft, sectionName, loose, looseLine);
    }
  }

  /**
   * A row whose first cell names a group and whose other cells list it ("Languages | Python, Go", a
   * PDF or table row): the name and the list, or null.
   */
  static String @Nullable [] labelledRow(LineFeatures lf) {
    List<Cell> cells = lf.line().cells();
    if (cells.size() < 2) {
      return null;
    }
    String label = cells.get(0).text();
    String prefix = label + Line.CELL_SEPARATOR;
    if (!lf.text().startsWith(prefix)
        || label.chars().anyMatch(Character::isDigit)
        || HAS_LIST_SEPARATOR.matcher(label).matches()
        || Words.count(label) > 3) {
      return null;
    }
    String rest = lf.text().substring(prefix.length()).replace(Line.CELL_SEPARATOR, ", ");
    if (!HAS_LIST_SEPARATOR.matcher(rest).matches()) {
      return null;
    }
    return new String[] {Texts.clean(TRAILING_COLON.matcher(label).replaceAll("")), rest};
  }

  /**
   * Where a line continuing the value cell of a labelled row starts, at least: halfway between the
   * label's left edge and the value's, so that a line back at the label's edge is not one.
   */
  private static float valueColumn(Line row) {
    List<Cell> cells = row.cells();
    float label = cells.get(0).x();
    float value = cells.get(1).x();
    return value > label ? (label + value) / 2 : 0;
  }

  /** A short line with no list separators, followed by a line that has some. */
  private static boolean isGroupName(LineFeatures lf, List<LineFeatures> lines, int i) {
    String t = lf.text();
    if (lf.bullet() && lf.listDepth() > 1) {
      return false;
    }
    boolean plain =
        lf.words() <= 3 && !HAS_LIST_SEPARATOR.matcher(t).matches() && lf.weightedLength() <= 24;
    if (!plain || i + 1 >= lines.size()) {
      return false;
    }
    LineFeatures next = lines.get(i + 1);
    return HAS_LIST_SEPARATOR.matcher(next.text()).matches() || next.listDepth() > lf.listDepth();
  }

  private static @Nullable String flush(
      ResumeDraft draft, @Nullable String group, List<String> pending, int line) {
    if (group != null && !pending.isEmpty()) {
      addGroup(draft, group, pending, line);
    }
    pending.clear();
    return null;
  }

  private static void addGroup(ResumeDraft draft, String name, List<String> keywords, int line) {
    if (keywords.isEmpty()) {
      return;
    }
    draft
        .skills()
        .add(Drafted.at(new Skill(Texts.cleanOrNull(name), null, List.copyOf(keywords)), line));
  }
}
