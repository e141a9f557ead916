package dev.vitae.parser.pdf;

import dev.vitae.parser.Line;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the text that runs in the page margins rather than in the document: page numbers ({@code
 * 1}, {@code 1/2}, {@code Page 1 of 2}, {@code - 1 -}, {@code 第1页}), lines that repeat (digits
 * aside) at the top or bottom of most pages, and the date-and-title header and URL footer that
 * browsers print. Only the outermost lines of a page, in its top or bottom band, are candidates.
 */
final class RunningText {
  // The top and bottom bands of a page, as shares of its height, where running text may sit.
  private static final float BAND = 0.12f;
  // How many lines from the top and from the bottom of a page are candidates.
  private static final int OUTERMOST = 3;
  // Lines whose baselines differ by less than this share of the font size share a row.
  private static final float SAME_ROW = 0.3f;
  // Running text sits at the same height on every page, give or take this many points.
  private static final float SAME_PLACE = 3f;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:(?:page|p\\.|pg\\.?|seite|página|pagina)\\s*)?"
              + "(?:[-–—]\\s*\\d{1,3}\\s*[-–—]|\\d{1,3}(?:\\s*(?:/|of|von|de|\\|)\\s*\\d{1,3})?)"
              + "|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?"
              + "|\\d{1,3}\\s*/\\s*\\d{1,3}\\s*页");
  // What a browser prints at the top: a date, maybe a time, then the page title.
  private static final Pattern BROWSER_HEADER =
      Pattern.compile(
          "\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4},?"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?(?:\\s.*)?");
  // What a browser prints at the bottom: the page's address, maybe followed by "1/2".
  private static final Pattern BROWSER_FOOTER =
      Pattern.compile(
          "(?:file:\\S*|(?:https?|about|chrome|blob):\\S*\\s+\\d{1,3}\\s*/\\s*\\d{1,3})"
              + "(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?");
  private static final Pattern URL_ONLY = Pattern.compile("(?:file|https?|about):\\S*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private RunningText() {}

  /** The lines kept, in their order, and how many were dropped. */
  record Result(List<RawLine> kept, int dropped) {}

  private enum Band {
    TOP,
    BOTTOM
  }

  private record Candidate(RawLine line, Band band) {}

  /**
   * Drops running text.
   *
   * @param lines every line read, page by page
   * @param pageHeights the height of each page in points, by page number
   * @param body the body font size, 0 when unknown
   */
  // identity: another line object, not an equal one
  @SuppressWarnings("ReferenceEquality")
  static Result drop(List<RawLine> lines, Map<Integer, Float> pageHeights, float body) {
    Map<Integer, List<RawLine>> byPage = new HashMap<>();
    for (RawLine line : lines) {
      byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
    }
    List<Candidate> candidates = new ArrayList<>();
    byPage.forEach(
        (page, pageLines) -> {
          Float height = pageHeights.get(page);
          if (height != null && height > 0) {
            candidates.addAll(candidates(pageLines, height));
          }
        });
    Set<RawLine> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : candidates) {
      if (isRunningByItself(c, body)) {
        dropped.add(c.line());
        // The rest of a browser's or footer's row: the title beside the date, the "1/2" beside
        // the address.
        for (RawLine other : Objects.requireNonNull(byPage.get(c.line().page()))) {
          if (other != c.line() && sameRow(other, c.line()) && isCompanion(other, c.line())) {
            dropped.add(other);
          }
        }
      }
    }
    dropRepeated(candidates, byPage.size(), dropped);
    if (dropped.isEmpty()) {
      return new Result(lines, 0);
    }
    List<RawLine> kept = new ArrayList<>(lines.size() - dropped.size());
    for (RawLine line : lines) {
      if (!dropped.contains(line)) {
        kept.add(line);
      }
    }
    return new Result(kept, lines.size() - kept.size());
  }

  // The outermost lines of a page that sit in its top or bottom band.
  private static List<Candidate> candidates(List<RawLine> page, float height) {
    List<RawLine> sorted = new ArrayList<>(page);
    sorted.sort(Comparator.comparingDouble(RawLine::baseline));
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < Math.min(OUTERMOST, sorted.size()); i++) {
      RawLine line = sorted.get(i);
      if (line.baseline() <= BAND * height) {
        out.add(new Candidate(line, Band.TOP));
      }
    }
    for (int i = sorted.size() - 1; i >= Math.max(0, sorted.size() - OUTERMOST); i--) {
      RawLine line = sorted.get(i);
      boolean alreadyTop = line.baseline() <= BAND * height && i < OUTERMOST;
      if (!alreadyTop && line.baseline() >= (1 - BAND) * height) {
        out.add(new Candidate(line, Band.BOTTOM));
      }
    }
    return out;
  }

  // The line's text with the cells of a row joined by spaces, as a browser's margin prints them.
  private static String plain(RawLine line) {
    return line.cells().isEmpty() ? line.text() : line.text().replace(Line.CELL_SEPARATOR, " ");
  }

  private static boolean isRunningByItself(Candidate c, float body) {
    String text = plain(c.line());
    if (PAGE_NUMBER.matcher(text).matches()) {
      return true;
    }
    // Browsers print in a small font; a resume's own first or last line is rarely smaller.
    boolean small = body <= 0 || c.line().fontSize() < body;
    if (!small) {
      return false;
    }
    return c.band() == Band.TOP
        ? BROWSER_HEADER.matcher(text).matches()
        : BROWSER_FOOTER.matcher(text).matches();
  }

  private static boolean isCompanion(RawLine other, RawLine running) {
    return other.fontSize() <= running.fontSize() + 0.5f
        && (PAGE_NUMBER.matcher(plain(other)).matches()
            || URL_ONLY.matcher(plain(other)).matches()
            || BROWSER_HEADER.matcher(plain(running)).matches());
  }

  // Lines of one band, at one height, whose text (digits aside) is on most pages. Text that changes
  // only in its digits counts pages and goes everywhere; text identical on every page is the
  // author's (a name, links) and is kept once, where it first appears.
  // identity: another line object, not an equal one
  @SuppressWarnings("ReferenceEquality")
  private static void dropRepeated(List<Candidate> candidates, int pages, Set<RawLine> dropped) {
    if (pages < 2) {
      return;
    }
    Map<String, List<Candidate>> byKey = new HashMap<>();
    for (Candidate c : candidates) {
      byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
    }
    int needed = Math.max(2, (pages + 1) / 2);
    for (List<Candidate> group : byKey.values()) {
      group.sort(Comparator.comparingInt((Candidate c) -> c.line().page()));
      RawLine first = group.get(0).line();
      List<RawLine> same = new ArrayList<>();
      Set<Integer> onPages = new HashSet<>();
      for (Candidate c : group) {
        if (Math.abs(c.line().baseline() - first.baseline()) <= SAME_PLACE) {
          same.add(c.line());
          onPages.add(c.line().page());
        }
      }
      if (onPages.size() < needed) {
        continue;
      }
      boolean identical = same.stream().allMatch(line -> line.text().equals(first.text()));
      for (RawLine line : same) {
        if (!identical || line != first) {
          dropped.add(line);
        }
      }
    }
  }

  private static String key(Candidate c) {
    String text = DIGITS.matcher(plain(c.line())).replaceAll("#").toLowerCase(Locale.ROOT);
    return c.band() + "|" + text;
  }

  private static boolean sameRow(RawLine a, RawLine b) {
    return Math.abs(a.baseline() - b.baseline()) <= SAME_ROW * Math.max(a.fontSize(), b.fontSize());
  }
}
