package dev.vitae.parser.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back lines that a PDF producer drew out of reading order. Browsers, for one, often draw
 * headings after the body text around them. A line moves only into a vertical gap of the flow it
 * was taken from, and only next to a line it shares horizontal space with, so a second column drawn
 * after the first stays after it instead of being interleaved with it.
 */
final class ReadingOrder {
  // Reordering costs a scan of the page per line; past this, content order is kept.
  private static final int MAX_LINES_PER_PAGE = 2_000;
  // A line fits in a gap when it keeps this share of its font size from the lines around it.
  private static final float ROOM = 0.8f;
  // How many lines of the flow below a gap are compared with a line that may move into it.
  private static final int FLOW_LINES = 3;
  // Lines whose baselines differ by less than this share of the font size share a row.
  private static final float SAME_ROW = 0.3f;

  private ReadingOrder() {}

  /** The lines, page by page, with out-of-flow lines moved to where they are read. */
  static List<RawLine> repair(List<RawLine> lines) {
    List<RawLine> out = new ArrayList<>(lines.size());
    int start = 0;
    while (start < lines.size()) {
      int page = lines.get(start).page();
      int end = start;
      while (end < lines.size() && lines.get(end).page() == page) {
        end++;
      }
      out.addAll(repairPage(lines.subList(start, end)));
      start = end;
    }
    return out;
  }

  /** One page's lines with out-of-flow lines moved to where they are read. */
  static List<RawLine> repairPage(List<RawLine> page) {
    if (page.size() > MAX_LINES_PER_PAGE) {
      return page;
    }
    List<RawLine> placed = new ArrayList<>(page.size());
    for (RawLine line : page) {
      int at = slot(placed, line);
      placed.add(at < 0 ? placed.size() : at, line);
    }
    // Second pass for lines drawn too early, such as a heading drawn before the text above it.
    for (RawLine line : List.copyOf(placed)) {
      int from = indexOf(placed, line);
      placed.remove(from);
      int at = slot(placed, line);
      placed.add(at < 0 ? from : at, line);
    }
    return placed;
  }

  // placed.indexOf(line) with a cheap field compared first: record equality compares every field
  // (text, links, spans) and runs for each line of the page before it.
  // identity: the same line object
  @SuppressWarnings("ReferenceEquality")
  private static int indexOf(List<RawLine> placed, RawLine line) {
    for (int k = 0; k < placed.size(); k++) {
      RawLine candidate = placed.get(k);
      if (candidate == line
          || (Float.compare(candidate.baseline(), line.baseline()) == 0
              && candidate.equals(line))) {
        return k;
      }
    }
    return -1;
  }

  // The index of the gap the line fits in, or -1 when it fits in none before the last line.
  private static int slot(List<RawLine> placed, RawLine line) {
    int above = -1;
    for (int k = 0; k < placed.size(); k++) {
      RawLine candidate = placed.get(k);
      if (candidate.baseline() >= line.baseline() - SAME_ROW * line.fontSize()) {
        continue;
      }
      if (above < 0) {
        above = k;
        continue;
      }
      float best = placed.get(above).baseline();
      boolean higher = candidate.baseline() > best;
      boolean tieButAligned =
          Math.abs(candidate.baseline() - best) < 0.01f && overlaps(candidate, line);
      if (higher || tieButAligned) {
        above = k;
      }
    }
    int below = above + 1;
    if (below >= placed.size()) {
      return -1;
    }
    RawLine previous = above >= 0 ? placed.get(above) : null;
    RawLine next = placed.get(below);
    boolean roomBelow = next.baseline() - line.baseline() >= ROOM * next.fontSize();
    boolean roomAbove =
        previous == null || line.baseline() - previous.baseline() >= ROOM * line.fontSize();
    boolean room = roomBelow && roomAbove;
    return room && continuesInto(line, placed, below) ? below : -1;
  }

  // The line must share horizontal space with the flow it would precede; a full-width line above
  // it proves nothing, as a page header spans every column.
  private static boolean continuesInto(RawLine line, List<RawLine> placed, int from) {
    float previousBaseline = Float.NEGATIVE_INFINITY;
    for (int k = from; k < Math.min(placed.size(), from + FLOW_LINES); k++) {
      RawLine next = placed.get(k);
      if (next.baseline() < previousBaseline) {
        break;
      }
      if (overlaps(line, next)) {
        return true;
      }
      previousBaseline = next.baseline();
    }
    return false;
  }

  private static boolean overlaps(RawLine a, RawLine b) {
    return Math.min(a.right(), b.right()) > Math.max(a.x(), b.x());
  }
}
