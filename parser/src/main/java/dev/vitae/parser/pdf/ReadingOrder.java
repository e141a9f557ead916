package dev.vitae.parser.pdf;

import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.Comparator;
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

  // Lines drawn this many lines apart or closer may be cells of one row.
  private static final int ROW_WINDOW = 8;
  // Browsers may draw every date of a page before the titles beside them: a line with a digit may
  // join a row drawn this many lines away.
  private static final int DATE_ROW_WINDOW = 64;
  // A line of at most this many words may join another in a row.
  private static final int ROW_SHORT_WORDS = 4;
  // A margin label stands apart when this many lines start where the rest of its row does.
  private static final int MIN_ALIGNED_BODY_LINES = 3;
  // A margin label moves up past body lines whose baselines are less than this many font sizes
  // above its own: a label centred on the first lines of its block.
  private static final float LABEL_REACH = 1.6f;
  // A margin label is at most this many characters wide (a Han character counts two).
  private static final int MAX_LABEL_WIDTH = 24;
  // The two lines of a wrapped label are at most this many font sizes apart.
  private static final float LABEL_LEADING = 1.6f;
  // Two lines of a row have font sizes within this ratio.
  private static final float SIZE_RATIO = 0.8f;

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
    page = mergeRows(page);
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
    return marginLabels(splitMarginLabels(placed));
  }

  /**
   * Labels in a margin column beside a body column ({@code CONTACT} to the left of the lines it
   * heads, at the page's left edge) are read before the block they label: a label set level with
   * the middle of its block (vertically centred) is moved up past the block's lines above it, and a
   * label wrapped onto two lines ({@code PROFESSIONAL SKILLS} / {@code SUMMARY}) is one line. A
   * margin label has no digit, at most {@link #ROW_SHORT_WORDS} words, ends left of the body
   * column, and at least {@link #MIN_ALIGNED_BODY_LINES} lines of the page start at that column,
   * more than at the margin: a column of dates or values at the right is not a body column.
   */
  static List<RawLine> marginLabels(List<RawLine> page) {
    List<RawLine> out = new ArrayList<>(page);
    float left = Float.POSITIVE_INFINITY;
    for (RawLine line : page) {
      left = Math.min(left, line.x());
    }
    for (int i = 0; i < out.size(); i++) {
      RawLine label = out.get(i);
      float edge = bodyEdge(out, label, left);
      if (Float.isNaN(edge)) {
        continue;
      }
      while (i + 1 < out.size() && wrapsOnto(label, out.get(i + 1), edge)) {
        label = joinLabel(label, out.remove(i + 1));
        out.set(i, label);
      }
      int to = i;
      while (to > 0
          && out.get(to - 1).x() >= edge - label.fontSize()
          && label.baseline() - out.get(to - 1).baseline() < LABEL_REACH * label.fontSize()
          && label.baseline() > out.get(to - 1).baseline()) {
        to--;
      }
      if (to < i) {
        out.add(to, out.remove(i));
      }
    }
    return out;
  }

  // The left edge of the body column beside a margin label, or NaN when the line is not one.
  private static float bodyEdge(List<RawLine> page, RawLine label, float left) {
    if (!label.cells().isEmpty() || !isMarginLabel(label.text())) {
      return Float.NaN;
    }
    if (label.x() > left + label.fontSize()) {
      return Float.NaN; // the margin is the page's left edge, not a key column inside the body
    }
    float edge = Float.POSITIVE_INFINITY;
    for (RawLine other : page) {
      if (other.x() > label.right() + label.fontSize()) {
        edge = Math.min(edge, other.x());
      }
    }
    if (edge == Float.POSITIVE_INFINITY) {
      return Float.NaN;
    }
    int aligned = 0;
    int margin = 0;
    for (RawLine other : page) {
      if (Math.abs(other.x() - edge) <= label.fontSize()) {
        aligned++;
      } else if (other.x() <= left + label.fontSize()) {
        margin++;
      }
    }
    // The body column holds most lines; a column of dates or values at the right does not.
    return aligned >= MIN_ALIGNED_BODY_LINES && aligned > margin ? edge : Float.NaN;
  }

  // A label short enough for a margin column: a few words, a few Han characters (counted double).
  private static boolean isMarginLabel(String text) {
    if (!isLabel(text)) {
      return false;
    }
    int width = 0;
    for (int k = 0; k < text.length(); k++) {
      width += Character.UnicodeScript.of(text.charAt(k)) == Character.UnicodeScript.HAN ? 2 : 1;
    }
    return width <= MAX_LABEL_WIDTH;
  }

  /**
   * The lines of a label column (top to bottom), with each label wrapped onto a second line joined
   * into one ({@code Professional Skills} / {@code Summary}); {@code edge} is the body column's
   * left edge.
   */
  static List<RawLine> joinWrappedLabels(List<RawLine> labels, float edge) {
    List<RawLine> out = new ArrayList<>(labels);
    for (int i = 0; i + 1 < out.size(); i++) {
      RawLine label = out.get(i);
      if (label.cells().isEmpty()
          && isMarginLabel(label.text())
          && wrapsOnto(label, out.get(i + 1), edge)) {
        out.set(i, joinLabel(label, out.remove(i + 1)));
        i--; // a label of three lines
      }
    }
    return out;
  }

  // The next line is the second line of the same label: set the same way, just under it.
  private static boolean wrapsOnto(RawLine label, RawLine next, float edge) {
    float gap = next.baseline() - label.baseline();
    return next.cells().isEmpty()
        && isMarginLabel(next.text())
        && next.right() < edge
        && Math.abs(next.x() - label.x()) <= label.fontSize()
        && next.bold() == label.bold()
        && Math.abs(next.fontSize() - label.fontSize()) < 0.5f
        && gap > SAME_ROW * label.fontSize()
        && gap <= LABEL_LEADING * label.fontSize()
        && words(label.text()) + words(next.text()) <= ROW_SHORT_WORDS;
  }

  private static RawLine joinLabel(RawLine first, RawLine second) {
    List<RawLine.Span> spans = new ArrayList<>(first.spans());
    spans.addAll(second.spans());
    List<Link> links = new ArrayList<>(first.links());
    links.addAll(second.links());
    return new RawLine(
        first.page(),
        first.text() + ' ' + second.text(),
        first.fontSize(),
        first.bold(),
        Math.min(first.x(), second.x()),
        Math.max(first.right(), second.right()),
        first.baseline(),
        first.height() + second.height(),
        links,
        spans,
        List.of(),
        first.column());
  }

  /**
   * A row whose first cell is a label in the page's left margin ("EXPERIENCE", "Skills") and whose
   * other cells start at the left edge of the body text is two lines: the label, then the rest of
   * the row, as the label column reads in a browser.
   */
  // identity: the row itself, not a line equal to it
  @SuppressWarnings("ReferenceEquality")
  static List<RawLine> splitMarginLabels(List<RawLine> page) {
    List<RawLine> out = new ArrayList<>(page.size());
    for (RawLine line : page) {
      List<RowCells.Cell> cells = line.cells();
      if (cells.size() < 2 || !isLabel(cells.get(0).text())) {
        out.add(line);
        continue;
      }
      RowCells.Cell label = cells.get(0);
      float edge = cells.get(1).x();
      float tolerance = line.fontSize();
      int aligned = 0;
      for (RawLine other : page) {
        if (other != line && startsAt(other, edge, tolerance)) {
          aligned++;
        }
      }
      if (aligned < MIN_ALIGNED_BODY_LINES) {
        out.add(line);
        continue;
      }
      out.add(part(line, List.of(label)));
      out.add(part(line, cells.subList(1, cells.size())));
    }
    return out;
  }

  // Whether the line, or a cell of it after the first, starts at the edge.
  private static boolean startsAt(RawLine line, float edge, float tolerance) {
    if (Math.abs(line.x() - edge) <= tolerance) {
      return true;
    }
    for (int k = 1; k < line.cells().size(); k++) {
      if (Math.abs(line.cells().get(k).x() - edge) <= tolerance) {
        return true;
      }
    }
    return false;
  }

  // A short text of words without digits: a section's name, not a date or a value.
  private static boolean isLabel(String text) {
    return words(text) <= ROW_SHORT_WORDS
        && text.codePoints().noneMatch(Character::isDigit)
        && text.codePoints().anyMatch(Character::isLetter);
  }

  // The line cut down to some of its cells.
  private static RawLine part(RawLine line, List<RowCells.Cell> cells) {
    float x = cells.get(0).x();
    float right = cells.get(cells.size() - 1).right();
    List<RawLine.Span> spans = new ArrayList<>();
    for (RawLine.Span span : line.spans()) {
      if (span.right() >= x && span.x() <= right) {
        spans.add(span);
      }
    }
    if (spans.isEmpty()) {
      spans.add(new RawLine.Span(x, right));
    }
    List<Link> links = new ArrayList<>();
    String text = RowCells.join(cells);
    for (Link link : line.links()) {
      if (text.contains(link.text())) {
        links.add(link);
      }
    }
    return new RawLine(
        line.page(),
        text,
        line.fontSize(),
        line.bold(),
        x,
        right,
        line.baseline(),
        line.height(),
        links,
        spans,
        cells.size() > 1 ? cells : List.of(),
        line.column());
  }

  /**
   * Lines drawn apart that share a row (a margin label drawn after the title beside it, a date
   * drawn before it) become one row of cells in x order. Only a short line (a label, a date, a
   * place) joins another, drawn at most {@link #ROW_WINDOW} lines away, or {@link #DATE_ROW_WINDOW}
   * when one of them holds a digit: a page of one flow has no two columns of prose side by side.
   */
  static List<RawLine> mergeRows(List<RawLine> page) {
    List<RawLine> lines = new ArrayList<>(page);
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < Math.min(lines.size(), i + 1 + DATE_ROW_WINDOW); j++) {
        RawLine a = lines.get(i);
        RawLine b = lines.get(j);
        // sameRow first: its baseline test turns most pairs away before any text is scanned
        if (sameRow(a, b) && (j - i <= ROW_WINDOW || hasDigit(a.text()) || hasDigit(b.text()))) {
          lines.set(i, joinRow(a, b));
          lines.remove(j);
          j--;
        }
      }
    }
    return lines;
  }

  private static boolean sameRow(RawLine a, RawLine b) {
    float size = Math.max(a.fontSize(), b.fontSize());
    float smaller = Math.min(a.fontSize(), b.fontSize());
    return a.page() == b.page()
        && a.column() == b.column()
        && Math.abs(a.baseline() - b.baseline()) < SAME_ROW * size
        && smaller >= SIZE_RATIO * size
        && !spansOverlap(a, b)
        && Math.min(words(a.text()), words(b.text())) <= ROW_SHORT_WORDS;
  }

  // Whether some glyph run of one line lies over one of the other's (a row's cells leave room).
  private static boolean spansOverlap(RawLine a, RawLine b) {
    for (RawLine.Span p : a.spans()) {
      for (RawLine.Span q : b.spans()) {
        if (Math.min(p.right(), q.right()) > Math.max(p.x(), q.x())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }

  static int words(String text) {
    int n = 1;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == ' ') {
        n++;
      }
    }
    return n;
  }

  // One row of the two lines' cells in x order; its style is the longer line's.
  private static RawLine joinRow(RawLine a, RawLine b) {
    List<RowCells.Cell> cells = new ArrayList<>(cellsOf(a));
    cells.addAll(cellsOf(b));
    cells.sort(Comparator.comparingDouble(RowCells.Cell::x));
    List<RawLine.Span> spans = new ArrayList<>(a.spans());
    spans.addAll(b.spans());
    spans.sort(Comparator.comparingDouble(RawLine.Span::x));
    List<Link> links = new ArrayList<>(a.links());
    links.addAll(b.links());
    RawLine main = a.text().length() >= b.text().length() ? a : b;
    return new RawLine(
        main.page(),
        RowCells.join(cells),
        main.fontSize(),
        main.bold(),
        Math.min(a.x(), b.x()),
        Math.max(a.right(), b.right()),
        main.baseline(),
        Math.max(a.height(), b.height()),
        links,
        spans,
        cells,
        a.column());
  }

  private static List<RowCells.Cell> cellsOf(RawLine line) {
    return line.cells().isEmpty()
        ? List.of(new RowCells.Cell(line.text(), line.x(), line.right()))
        : line.cells();
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
    // A line right of the line below it needs no room from it: a date floated right of a
    // description's first line sits between that line and the title above.
    boolean roomBelow =
        next.baseline() - line.baseline() >= ROOM * next.fontSize() || beside(line, next);
    boolean roomAbove =
        previous == null || line.baseline() - previous.baseline() >= ROOM * line.fontSize();
    boolean room = roomBelow && roomAbove;
    return room && continuesInto(line, placed, below) ? below : -1;
  }

  // Right of the other line and off its row: a date floated beside a description's first line.
  private static boolean beside(RawLine line, RawLine other) {
    return line.x() > other.right()
        && Math.abs(line.baseline() - other.baseline()) >= SAME_ROW * line.fontSize();
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
