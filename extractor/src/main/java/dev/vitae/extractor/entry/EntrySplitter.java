package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.layout.Words;
import dev.vitae.extractor.normalize.DateRanges;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a section's lines into entries by the structure the document gives, strongest first:
 * sub-headings; list items that carry nested items; otherwise lines that hold a period, with the
 * short lines just above them. Also reads a period split over two lines (a flattened date column:
 * the start date opens the first body line, the end date the second).
 */
public final class EntrySplitter {
  /** How headings that carry no date are read inside a section. */
  public enum UndatedHeadings {
    /** Every heading starts an entry (projects). */
    ENTRIES,
    /** A heading that does not read as an entry header stays in the body (a product line). */
    BODY_UNLESS_ENTRY_LIKE
  }

  private static final int MAX_HEADER_LINES_ABOVE = 2;
  private static final int MAX_BOLD_HEADER_WORDS = 14;
  private static final Pattern WORD_END = Pattern.compile("[\\s,，:：]");

  private static final Pattern LIST_COMMA = Pattern.compile("[,，、]");

  private EntrySplitter() {}

  /** The entries of {@code lines}; lines before the first entry are dropped. */
  public static List<Entry> split(List<LineFeatures> lines, UndatedHeadings undated) {
    List<LineFeatures> content = lines.stream().filter(l -> !l.text().isEmpty()).toList();
    if (content.stream().anyMatch(LineFeatures::isHeading)) {
      return byHeadings(content, undated);
    }
    if (hasNestedBullets(content)) {
      return byParentBullets(content, null);
    }
    return byDatedLines(content, bulletTitles(content));
  }

  /**
   * The list items that title entries: when every item at the top list depth is no sentence and is
   * followed right away by a line that is only a period, perhaps with a duration or a place ({@code
   * • Nurse Practitioner, Northfield} then {@code Aug 2020 - Present | 6 years}), as timeline
   * layouts mark each entry with a dot, those items; else none. A line after an item that names an
   * entry itself ({@code Acme, Cook 2010 - Present}) heads the next entry, and the item is the last
   * highlight of the one before.
   */
  private static Set<LineFeatures> bulletTitles(List<LineFeatures> lines) {
    int top = topListDepth(lines, 0);
    Set<LineFeatures> titles = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      if (!lf.bullet() || lf.listDepth() != top) {
        continue;
      }
      if (i + 1 >= lines.size()
          || !isPeriodLine(lines.get(i + 1))
          || lf.hasDate()
          || endsSentence(lf.text())) {
        return Set.of();
      }
      titles.add(lf);
    }
    return titles;
  }

  private static List<Entry> byHeadings(List<LineFeatures> lines, UndatedHeadings undated) {
    List<Entry> out = new ArrayList<>();
    List<LineFeatures> header = null;
    List<LineFeatures> body = new ArrayList<>();
    List<LineFeatures> preamble = new ArrayList<>();
    // Dates first ("Sep 2020 – Present", "Leeds", then "### Class Teacher"): the section opens
    // with a period above its first heading, and each heading takes the period block above it.
    boolean datesOpen = false;
    for (LineFeatures lf : lines) {
      if (lf.isHeading()) {
        datesOpen = periodBlockStart(lines.subList(0, lines.indexOf(lf))) >= 0;
        break;
      }
    }
    for (LineFeatures lf : lines) {
      if (!lf.isHeading()) {
        (header != null ? body : preamble).add(lf);
        continue;
      }
      List<LineFeatures> above = List.of();
      if (datesOpen) {
        List<LineFeatures> pool = header != null ? body : preamble;
        int from = periodBlockStart(pool);
        if (from >= 0) {
          above = new ArrayList<>(pool.subList(from, pool.size()));
          pool.subList(from, pool.size()).clear();
        }
      }
      if (!above.isEmpty()) {
        if (header != null) {
          out.add(new Entry(null, header, body));
        }
        header = new ArrayList<>(above);
        header.add(lf);
        body = new ArrayList<>();
        continue;
      }
      if (header != null && body.isEmpty() && !hasDate(header) && lf.hasDate()) {
        header.add(lf); // "### Employer, Title" then "#### 2021/09 Product": one header
        continue;
      }
      if (header != null
          && undated == UndatedHeadings.BODY_UNLESS_ENTRY_LIKE
          && !lf.hasDate()
          && !entryLike(lf)
          && !followedByDate(lines, lines.indexOf(lf))) {
        body.add(lf);
        continue;
      }
      if (header != null) {
        out.add(new Entry(null, header, body));
      }
      header = new ArrayList<>(List.of(lf));
      body = new ArrayList<>();
    }
    if (header != null) {
      out.add(new Entry(null, header, body));
    }
    return out;
  }

  /**
   * Where, in the last lines of {@code pool} (the lines just above a heading), a block opens with a
   * period: a short line that holds one, followed by at most one more short plain line (a place);
   * -1 when there is none.
   */
  private static int periodBlockStart(List<LineFeatures> pool) {
    for (int k = pool.size() - 1; k >= Math.max(0, pool.size() - 2); k--) {
      LineFeatures lf = pool.get(k);
      if (!headerCandidate(lf) && !isDatedHeaderLine(lf)) {
        return -1;
      }
      if (lf.hasDate() && isDatedHeaderLine(lf) && lf.words() <= 8) {
        return k;
      }
    }
    return -1;
  }

  /** Entries are list items at the top depth that have nested items under them. */
  public static List<Entry> byParentBullets(List<LineFeatures> lines, @Nullable String group) {
    int top = topListDepth(lines, 1);
    List<Entry> out = new ArrayList<>();
    List<LineFeatures> header = null;
    List<LineFeatures> body = new ArrayList<>();
    for (LineFeatures lf : lines) {
      if (lf.bullet() && lf.listDepth() == top) {
        if (header != null) {
          out.add(new Entry(group, header, body));
        }
        header = new ArrayList<>(List.of(lf));
        body = new ArrayList<>();
      } else if (header != null) {
        body.add(lf);
      }
    }
    if (header != null) {
      out.add(new Entry(group, header, body));
    }
    return out;
  }

  /**
   * The least list depth of the list items among {@code lines}; {@code none} when there are none.
   */
  public static int topListDepth(List<LineFeatures> lines, int none) {
    return lines.stream()
        .filter(LineFeatures::bullet)
        .mapToInt(LineFeatures::listDepth)
        .min()
        .orElse(none);
  }

  /** Whether some top-level list item has deeper items right under it. */
  public static boolean hasNestedBullets(List<LineFeatures> lines) {
    int top = topListDepth(lines, 0);
    if (top == 0) {
      return false;
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      LineFeatures a = lines.get(i);
      LineFeatures b = lines.get(i + 1);
      if (a.bullet() && a.listDepth() == top && b.bullet() && b.listDepth() > top) {
        return true;
      }
    }
    return false;
  }

  private static List<Entry> byDatedLines(List<LineFeatures> lines, Set<LineFeatures> titles) {
    List<Entry> out = new ArrayList<>();
    List<LineFeatures> preamble = new ArrayList<>();
    List<LineFeatures> header = null;
    List<LineFeatures> body = new ArrayList<>();
    boolean headerHasRange = false;
    // Dates first ("2013 - 2016" then the school): a period alone never takes the lines above it.
    LineFeatures firstDated =
        lines.stream().filter(EntrySplitter::isDatedHeaderLine).findFirst().orElse(null);
    boolean datesFirst =
        firstDated != null && firstDated.dateOnly() && lines.indexOf(firstDated) == 0;
    for (LineFeatures lf : lines) {
      if (!isDatedHeaderLine(lf)) {
        (header == null ? preamble : body).add(lf);
        continue;
      }
      if (header != null
          && lf.dateOnly()
          && lf.dates().get(0).isSingle()
          && !headerHasRange
          && body.isEmpty()) {
        header.add(lf); // the end date of a flattened date column
        headerHasRange = true;
        continue;
      }
      // Short lines just above a dated line name the entry ("Senior Engineer" / "Tencent | 2019").
      List<LineFeatures> pool = header == null ? preamble : body;
      List<LineFeatures> above = new ArrayList<>();
      if ((lf.dateOnly() && !datesFirst)
          || (!lf.dateOnly() && !namesAnEntry(lf.textWithoutDates()))) {
        for (int j = pool.size() - 1; j >= 0 && above.size() < MAX_HEADER_LINES_ABOVE; j--) {
          if (!headerCandidate(pool.get(j)) && !titles.contains(pool.get(j))) {
            break;
          }
          above.add(0, pool.get(j));
          // The naming lines belong to the dated line's own block, unless every line is a block.
          boolean everyLineABlock =
              lf.blockStart() && above.stream().allMatch(LineFeatures::blockStart);
          if (pool.get(j).blockStart() && !everyLineABlock) {
            break;
          }
        }
      }
      if (header != null) {
        out.add(new Entry(null, header, body.subList(0, body.size() - above.size())));
      }
      header = new ArrayList<>(above);
      header.add(lf);
      headerHasRange = !lf.dates().get(0).isSingle();
      body = new ArrayList<>();
    }
    if (header != null) {
      out.add(new Entry(null, header, body));
    }
    return out;
  }

  // A dated line that is only its period, or the period and a few words without a comma.
  private static boolean isPeriodLine(LineFeatures lf) {
    if (!isDatedHeaderLine(lf)) {
      return false;
    }
    String rest = lf.textWithoutDates();
    return lf.dateOnly() || (Words.count(rest) <= 4 && !LIST_COMMA.matcher(rest).find());
  }

  /** A non-bullet line that holds a date or period and is not a sentence of prose. */
  private static boolean isDatedHeaderLine(LineFeatures lf) {
    if (!lf.hasDate() || lf.bullet()) {
      return false;
    }
    if (lf.dateOnly()) {
      return true;
    }
    return lf.words() <= 14
        && (lf.leadingDate().isPresent()
            || lf.trailingDate().isPresent()
            || !lf.dates().get(0).isSingle()
            || lf.text().contains("|"));
  }

  /**
   * Whether the text beside a date names the entry itself: a title or organization word, or more
   * than a few words that are not places ("Jan 2019 | Austin, TX | Go, SQL" names nothing).
   */
  private static boolean namesAnEntry(String text) {
    if (Vocabulary.hasTitleWord(text)
        || Vocabulary.hasOrgWord(text)
        || Vocabulary.hasSchoolWord(text)) {
      return true;
    }
    return Words.count(text) > 4 && !text.contains("|");
  }

  // A line that may name the entry of a dated line under it: short, or bold and of header length
  // ("Meanwood Park Primary School, Class Teacher (Year 2) and Phonics Lead").
  private static boolean headerCandidate(LineFeatures lf) {
    boolean shortLine = lf.words() <= 8 && lf.weightedLength() <= 60;
    boolean boldHeader =
        lf.line().style().bold()
            && lf.words() <= MAX_BOLD_HEADER_WORDS
            && lf.weightedLength() <= 90;
    return !lf.bullet() && !lf.hasDate() && (shortLine || boldHeader) && !endsSentence(lf.text());
  }

  private static boolean endsSentence(String text) {
    return text.endsWith(".") || text.endsWith("。");
  }

  private static boolean hasDate(List<LineFeatures> header) {
    return header.stream().anyMatch(LineFeatures::hasDate);
  }

  /** Whether one of the two lines after {@code i} opens with a date or holds a period. */
  private static boolean followedByDate(List<LineFeatures> lines, int i) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
      LineFeatures next = lines.get(j);
      if (next.leadingDate().isPresent() || next.dates().stream().anyMatch(d -> !d.isSingle())) {
        return !next.bullet() || next.leadingDate().isPresent();
      }
      if (next.bullet()) {
        return false;
      }
    }
    return false;
  }

  /** A heading that names an employer, a title or a place: commas, a bar, or known words. */
  static boolean entryLike(LineFeatures lf) {
    String t = lf.text();
    return Vocabulary.hasTitleWord(t)
        || Vocabulary.hasOrgWord(t)
        || Vocabulary.hasSchoolWord(t)
        || t.contains("|")
        || t.split(",").length >= 3;
  }

  /** Whether the text starts with a word meaning "until now" ("now", "至今"). */
  public static boolean startsOngoing(String text) {
    String first = WORD_END.split(text.strip(), 2)[0];
    return !first.isEmpty() && DateRanges.isOngoing(first);
  }
}
