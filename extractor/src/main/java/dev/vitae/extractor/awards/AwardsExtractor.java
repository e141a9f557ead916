package dev.vitae.extractor.awards;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Vocabulary;
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
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads awards and certificates sections. The section's structure decides what one item is,
 * strongest first: each sub-heading with the lines under it (and a date line just above it, when
 * dates open the items); each line that is only a date, with the lines after it, when the section
 * opens with one; lines that run together until a line that is only a date closes them (title,
 * description lines, date: a common template layout); else each list item, or each line that
 * carries its own date. The awarder (or issuer) is an organization named after the title ({@code
 * Dean's List, University of Leeds}) or on a short line of its own right under it; the other lines
 * of an item are its summary. The section's heading decides whether items are awards or
 * certificates.
 *
 * <p>Requires LAYOUT and SECTIONS; provides AWARDS.
 */
public final class AwardsExtractor implements Extractor {
  private static final Pattern RANK =
      Pattern.compile("(?i)((?:top\\s+)?\\d+(?:st|nd|rd|th)?\\s*/\\s*\\d+)\\s+(?:[|｜]\\s+)?");
  // Between a title and its awarder: a comma, a spaced dash or bar, a middle dot, or a space
  // between two Chinese characters.
  private static final Pattern ZH_ORGANIZATION_END =
      Pattern.compile(
          "(?:大学|学院|学校|医院|公司|集团|协会|学会|委员会|组委会|基金会|政府|中心|研究院|研究所|科学院|部|局|厅|署)" + "[)）]?$");
  private static final Pattern WORD = Pattern.compile("[\\s,，/&]+");
  // Small words a name keeps in lower case.
  private static final Set<String> LINKING =
      Set.of(
          "of", "the", "for", "and", "in", "on", "at", "de", "du", "des", "la", "le", "der", "und");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,，|·—–-]+$");
  private static final Pattern AWARDER_SEPARATOR =
      Pattern.compile("\\s*[,，]\\s*|\\s+[—–|·-]\\s+|(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

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
                      new Certificate(item.title, full, null, item.awarder),
                      item.first,
                      item.last));
        } else {
          draft
              .awards()
              .add(
                  new Drafted<>(
                      new Award(item.title, item.date, item.awarder, item.summary),
                      item.first,
                      item.last));
        }
      }
    }
  }

  private record Item(
      String title,
      @Nullable PartialDate date,
      @Nullable String awarder,
      @Nullable String summary,
      int first,
      int last) {}

  private static List<Item> items(List<LineFeatures> all) {
    List<LineFeatures> lines = all.stream().filter(l -> !l.text().isEmpty()).toList();
    if (lines.isEmpty()) {
      return List.of();
    }
    if (lines.stream().anyMatch(LineFeatures::isHeading)) {
      return byHeadings(lines);
    }
    if (lines.get(0).dateOnly() && lines.stream().filter(LineFeatures::dateOnly).count() >= 2) {
      return openedByDates(lines);
    }
    if (titledByEmphasis(lines)) {
      return byEmphasis(lines);
    }
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
      // "top 52/2500 KPCB Fellow", "1st/50 | Coding Contest": the placing is the summary
      var rank = RANK.matcher(title);
      String summary = null;
      if (rank.lookingAt() && rank.end() < title.length()) {
        summary = Texts.clean(rank.group(1));
        title = Texts.clean(title.substring(rank.end()));
      }
      String[] titleAndAwarder = splitAwarder(title);
      out.add(
          new Item(titleAndAwarder[0], date, titleAndAwarder[1], summary, lf.index(), lf.index()));
    }
    return out;
  }

  // "### Title" with its lines; a date line just above a heading goes with that heading when dates
  // open the items (the section's first line is one).
  private static List<Item> byHeadings(List<LineFeatures> lines) {
    boolean datesOpen = lines.get(0).dateOnly();
    return runs(
        lines,
        i ->
            lines.get(i).isHeading()
                || (datesOpen
                    && lines.get(i).dateOnly()
                    && i + 1 < lines.size()
                    && lines.get(i + 1).isHeading()));
  }

  // "2024" then the title and its lines, and so on.
  private static List<Item> openedByDates(List<LineFeatures> lines) {
    return runs(lines, i -> lines.get(i).dateOnly());
  }

  // The lines cut into items where `opens` says; a line that is only a date dates its item (the
  // last one before the item's text, else the first after it) and is not part of its text.
  private static List<Item> runs(List<LineFeatures> lines, IntPredicate opens) {
    List<Item> out = new ArrayList<>();
    List<LineFeatures> run = new ArrayList<>();
    PartialDate date = null;
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      if (opens.test(i) && !run.isEmpty()) {
        out.add(item(run, date, run.get(run.size() - 1).index()));
        run = new ArrayList<>();
        date = null;
      }
      if (!lf.dateOnly()) {
        run.add(lf);
      } else if (date == null || run.isEmpty()) {
        date = lf.dates().get(0).start();
      }
    }
    if (!run.isEmpty()) {
      out.add(item(run, date, run.get(run.size() - 1).index()));
    }
    return out;
  }

  // Bold titles over plain lines: a bold line that opens a block, or follows a plain line, opens
  // an item; a bold line right under another continues its title (a wrapped title).
  private static List<Item> byEmphasis(List<LineFeatures> lines) {
    List<Item> out = new ArrayList<>();
    List<LineFeatures> title = new ArrayList<>();
    List<LineFeatures> rest = new ArrayList<>();
    for (LineFeatures lf : lines) {
      boolean bold = lf.line().style().bold();
      if (bold && (title.isEmpty() || !rest.isEmpty() || lf.blockStart())) {
        if (!title.isEmpty()) {
          out.add(item(title, rest, null, last(title, rest)));
        }
        title = new ArrayList<>(List.of(lf));
        rest = new ArrayList<>();
      } else if (bold && rest.isEmpty()) {
        title.add(lf);
      } else {
        rest.add(lf);
      }
    }
    out.add(item(title, rest, null, last(title, rest)));
    return out;
  }

  // Whether bold lines, the first among them, stand over plain ones as the items' titles.
  private static boolean titledByEmphasis(List<LineFeatures> lines) {
    long bold = lines.stream().filter(l -> l.line().style().bold()).count();
    return lines.get(0).line().style().bold()
        && bold >= 2
        && bold < lines.size()
        && lines.stream().noneMatch(LineFeatures::bullet);
  }

  private static int last(List<LineFeatures> title, List<LineFeatures> rest) {
    return (rest.isEmpty() ? title.get(title.size() - 1) : rest.get(rest.size() - 1)).index();
  }

  private static Item item(List<LineFeatures> run, @Nullable PartialDate date, int last) {
    return item(run.subList(0, 1), run.subList(1, run.size()), date, last);
  }

  private static Item item(
      List<LineFeatures> title, List<LineFeatures> rest, @Nullable PartialDate date, int last) {
    LineFeatures head = title.get(0);
    for (LineFeatures lf : title) {
      if (date == null && lf.hasDate()) {
        date = lf.dates().get(0).start();
      }
    }
    String text =
        Texts.clean(String.join(" ", title.stream().map(LineFeatures::textWithoutDates).toList()));
    String[] titleAndAwarder = splitAwarder(text);
    String awarder = titleAndAwarder[1];
    if (awarder == null && isOrganization(text) && !rest.isEmpty() && namesTitle(rest.get(0))) {
      // The awarder over the title ("National Science Foundation" then "CAREER Award 2024").
      LineFeatures under = rest.get(0);
      awarder = text;
      titleAndAwarder[0] = Texts.clean(under.textWithoutDates());
      if (date == null && under.hasDate()) {
        date = under.dates().get(0).start();
      }
      rest = rest.subList(1, rest.size());
    }
    if (date == null && !rest.isEmpty() && rest.get(0).dateOnly()) {
      date = rest.get(0).dates().get(0).start();
      rest = rest.subList(1, rest.size());
    }
    if (awarder == null && !rest.isEmpty() && namesAwarder(rest.get(0))) {
      awarder = Texts.clean(rest.get(0).textWithoutDates());
      rest = rest.subList(1, rest.size());
    }
    List<String> summary = rest.stream().map(LineFeatures::text).toList();
    return new Item(titleAndAwarder[0], date, awarder, EntryBody.join(summary), head.index(), last);
  }

  // A short line that can be an award's name: not a sentence, not an organization.
  private static boolean namesTitle(LineFeatures lf) {
    String text = Texts.clean(lf.textWithoutDates());
    return !lf.bullet()
        && !lf.dateOnly()
        && lf.words() <= 14
        && !text.endsWith(".")
        && !text.endsWith("。")
        && !isOrganization(text);
  }

  // A short line of its own that names an organization, not a sentence about the award.
  private static boolean namesAwarder(LineFeatures lf) {
    String text = lf.textWithoutDates();
    return !lf.bullet()
        && lf.words() <= 10
        && !text.endsWith(".")
        && !text.endsWith("。")
        && isOrganization(text);
  }

  /**
   * The title and the awarder of "Title, Awarder" ({@code Dean's List, University of Leeds}, {@code
   * Title — Awarder}, {@code 优秀护士 某某医院}): the last part names an organization and the ones before
   * it do not. The awarder is null when there is none.
   */
  static String[] splitAwarder(String text) {
    text = TRAILING_SEPARATORS.matcher(text).replaceFirst("");
    Matcher m = AWARDER_SEPARATOR.matcher(text);
    int cut = -1;
    int after = -1;
    while (m.find()) {
      cut = m.start();
      after = m.end();
    }
    if (cut <= 0 || after >= text.length()) {
      return new String[] {text, null};
    }
    String title = Texts.clean(text.substring(0, cut));
    String awarder = Texts.clean(text.substring(after));
    if (title.isEmpty() || !isOrganization(awarder) || isOrganization(title)) {
      return new String[] {text, null};
    }
    return new String[] {title, awarder};
  }

  // An organization's name: in Chinese one that ends in an organization word (大学生 is not a
  // university), otherwise capitalized words that hold one ("University of Leeds", not "awarded at
  // the systems workshop").
  static boolean isOrganization(String text) {
    if (Texts.hasHan(text)) {
      return ZH_ORGANIZATION_END.matcher(text).find();
    }
    if (!Vocabulary.hasOrgWord(text) && !Vocabulary.hasSchoolWord(text)) {
      return false;
    }
    int words = 0;
    int capitalized = 0;
    for (String word : WORD.split(text)) {
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0)) || LINKING.contains(word)) {
        continue;
      }
      words++;
      if (Character.isUpperCase(word.codePointAt(0))) {
        capitalized++;
      }
    }
    return words > 0 && 3 * capitalized >= 2 * words;
  }
}
