package dev.vitae.extractor.languages;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.Interest;
import dev.vitae.extractor.model.Language;
import dev.vitae.extractor.normalize.LanguageNames;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.extractor.section.SectionVocabulary;
import dev.vitae.extractor.skills.KeywordLists;
import dev.vitae.parser.Cell;
import dev.vitae.parser.TextDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads languages sections ("中文 (Native)", "English: fluent", "Spanish – B2", lists of names) into
 * English language names with fluency as written, and interests sections into interests. A
 * "Languages" section that lists programming languages is left to the skills stage.
 *
 * <p>Requires LAYOUT and SECTIONS; provides LANGUAGES and INTERESTS.
 */
public final class LanguagesExtractor implements Extractor {
  private static final Pattern WITH_FLUENCY =
      Pattern.compile("^(.+?)\\s*(?:[(（]\\s*(.+?)\\s*[)）]|[:：]\\s*(.+)|\\s[-–—]\\s*(.+))$");
  private static final Pattern VALUE_SEPARATORS = Pattern.compile("\\s*[,，、;；/]\\s*");
  private static final Pattern ITEM_SEPARATORS = Pattern.compile("\\s*[,，、;；/|]\\s*");
  private static final Pattern FROM_OPEN_PAREN = Pattern.compile("[(（].*$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.LANGUAGES, Slot.INTERESTS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections()) {
      List<LineFeatures> lines = layout.range(section.start(), section.end());
      if (section.kind() == SectionKind.LANGUAGES) {
        for (LineFeatures lf : lines) {
          readLanguages(lf, draft);
        }
      } else if (section.kind() == SectionKind.SKILLS) {
        // "Language: Mandarin (native), English" and "Interests: …" lines inside a skills section
        for (LineFeatures lf : lines) {
          var kv = lf.keyValue();
          if (kv.isEmpty() || !isSpokenLanguagesOrInterests(kv.get())) {
            continue;
          }
          if (SectionVocabulary.findExact(kv.get().key()).orElse(null) == SectionKind.INTERESTS) {
            readInterests(lf, draft);
          } else {
            readLanguages(lf, draft);
          }
        }
      } else if (section.kind() == SectionKind.INTERESTS) {
        for (LineFeatures lf : lines) {
          readInterests(lf, draft);
        }
      }
    }
  }

  /**
   * Whether a "Key: value" line names spoken languages ("Languages: English, 日语") or interests,
   * rather than programming languages or skills.
   */
  public static boolean isSpokenLanguagesOrInterests(LineFeatures.KeyValue kv) {
    SectionKind kind = SectionVocabulary.findExact(kv.key()).orElse(null);
    if (kind == SectionKind.INTERESTS) {
      return true;
    }
    if (kind != SectionKind.LANGUAGES) {
      return false;
    }
    String[] items = VALUE_SEPARATORS.split(kv.value());
    long spoken =
        Arrays.stream(items)
            .filter(
                i ->
                    LanguageNames.findEnglishName(
                            WHITESPACE
                                .split(Texts.clean(FROM_OPEN_PAREN.matcher(i).replaceAll("")))[0])
                        .isPresent())
            .count();
    return spoken * 2 > items.length;
  }

  /** "Hobbies: chess, climbing" or a plain list: one interest per term; "Music: jazz" a group. */
  private static void readInterests(LineFeatures lf, ResumeDraft draft) {
    var kv = lf.keyValue();
    if (kv.isPresent()
        && !kv.get().value().isEmpty()
        && SectionVocabulary.findExact(kv.get().key()).orElse(null) != SectionKind.INTERESTS) {
      draft
          .interests()
          .add(
              Drafted.at(
                  new Interest(kv.get().key(), KeywordLists.split(kv.get().value())), lf.index()));
      return;
    }
    String terms = kv.map(LineFeatures.KeyValue::value).filter(v -> !v.isEmpty()).orElse(lf.text());
    for (String term : KeywordLists.split(terms)) {
      draft.interests().add(Drafted.at(new Interest(term, List.of()), lf.index()));
    }
  }

  private static void readLanguages(LineFeatures lf, ResumeDraft draft) {
    String text = Texts.clean(lf.text());
    var kv = lf.keyValue();
    if (kv.isPresent() && LanguageNames.findEnglishName(kv.get().key()).isEmpty()) {
      text = kv.get().value(); // "Languages: English, Chinese" as one line
    } else if (kv.isPresent() && !kv.get().value().isEmpty()) {
      // "English: Native", "English: | Native"
      add(draft, kv.get().key(), kv.get().value(), lf.index());
      return;
    }
    List<Cell> cells = lf.line().cells();
    if (cells.size() == 2
        && LanguageNames.findEnglishName(Texts.clean(cells.get(0).text())).isPresent()
        && LanguageNames.findEnglishName(Texts.clean(cells.get(1).text())).isEmpty()) {
      // "English | Native"
      add(draft, cells.get(0).text(), cells.get(1).text(), lf.index());
      return;
    }
    Matcher whole = WITH_FLUENCY.matcher(text);
    if (whole.matches() && LanguageNames.findEnglishName(Texts.clean(whole.group(1))).isPresent()) {
      add(
          draft,
          whole.group(1),
          firstNonNull(whole.group(2), whole.group(3), whole.group(4)),
          lf.index());
      return;
    }
    for (String item : ITEM_SEPARATORS.split(text)) {
      Matcher m = WITH_FLUENCY.matcher(item);
      if (m.matches() && LanguageNames.findEnglishName(Texts.clean(m.group(1))).isPresent()) {
        add(draft, m.group(1), firstNonNull(m.group(2), m.group(3), m.group(4)), lf.index());
      } else {
        add(draft, item, null, lf.index());
      }
    }
  }

  private static void add(ResumeDraft draft, String name, @Nullable String fluency, int line) {
    LanguageNames.findEnglishName(Texts.clean(name))
        .ifPresent(
            english ->
                draft
                    .languages()
                    .add(Drafted.at(new Language(english, Texts.cleanOrNull(fluency)), line)));
  }

  private static @Nullable String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
