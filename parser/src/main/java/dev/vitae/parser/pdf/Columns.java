package dev.vitae.parser.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Finds the columns of each page from glyph positions and puts the page's lines in reading order:
 * column by column, left to right, each column top to bottom.
 *
 * <p>A gutter is a vertical band of the page that no line's glyphs cross, except a few full-width
 * lines (a name, a section rule), with lines wholly on each side of it. The producer's drawing
 * order decides between columns and rows: when most lines drawn across the band are one line with a
 * gap at the band (a heading with its date flush right, a table row), the band separates cells of
 * rows, not columns, and the page keeps its single flow. So does a column of labels: short lines
 * far apart (section names, an entry's dates), each level with the block it labels in a denser
 * column beside it, are read row by row with that block. A full-width line cuts the page into bands
 * read one after another; a header block above the columns (the name at the left, contact details
 * flush right) is read before them.
 */
final class Columns {
  private static final int MIN_SIDE_LINES = 3;
  private static final int MIN_COLUMN_LINES = 4;
  private static final int MAX_LINES_PER_PAGE = 2_000;
  private static final int MAX_COLUMNS = 4;
  // Bins of one point across the text: a page wider than this many points is not split.
  private static final int MAX_BINS = 20_000;
  private static final float MIN_GUTTER_POINTS = 6f;
  private static final float MIN_GUTTER_EMS = 0.8f;
  // Share of a page's lines that may cover a gutter (full-width headings, rules, the name).
  private static final float SPANNING_SHARE = 0.15f;
  // Share of the smaller side's lines that may be drawn in one go across the gutter.
  private static final float CROSSING_SHARE = 0.2f;
  // Lines whose baselines differ by less than this share of the font size share a row.
  private static final float SAME_ROW = 0.3f;
  private static final int MAX_HEADER_ROWS = 10;
  // A column's lines start within this many ems of a common left edge, most of them.
  private static final float ALIGN_EMS = 2.5f;
  private static final float ALIGNED_SHARE = 0.5f;
  // A label has at most this many words (Occupation or position held, 2019-03 to Present).
  private static final int LABEL_WORDS = 5;
  // Labels stand apart: consecutive ones are more than this many font sizes apart, most of them,
  // where the lines of a sidebar follow each other at the usual leading.
  private static final float LABEL_GAP = 2.2f;
  // Shares of a label column's lines that are labels, that stand apart, and that share their row
  // height with a line of the column beside them.
  private static final float LABEL_SHARE = 0.85f;
  private static final float APART_SHARE = 0.6f;
  private static final float LEVEL_SHARE = 0.5f;
  // Lines of one block are less than this many font sizes apart (a line's top below the baseline
  // of the line above); a label is read at most this many lines above the line level with it.
  private static final float BLOCK_GAP = 1.0f;
  private static final int LABEL_REACH_LINES = 3;

  private Columns() {}

  /** The lines, page by page, in reading order, each with its column set. */
  static List<RawLine> arrange(List<RawLine> lines, float body) {
    List<RawLine> out = new ArrayList<>(lines.size());
    int start = 0;
    while (start < lines.size()) {
      int page = lines.get(start).page();
      int end = start;
      while (end < lines.size() && lines.get(end).page() == page) {
        end++;
      }
      out.addAll(arrangePage(lines.subList(start, end), body));
      start = end;
    }
    return out;
  }

  private static List<RawLine> arrangePage(List<RawLine> page, float body) {
    List<Float> gutters = gutters(page, body);
    if (gutters.isEmpty()) {
      return ReadingOrder.repairPage(page);
    }
    if (gutters.size() == 1 && isLabelColumn(page, gutters.get(0))) {
      return labelsFirst(page, gutters.get(0));
    }
    List<RawLine> placed = new ArrayList<>(page.size());
    for (RawLine line : page) {
      // A line drawn in one go across a gutter is one row (a heading with its date, a contact
      // line): it stays whole, in the column it starts in.
      placed.add(line.withColumn(column(line.spans().get(0).x(), gutters)));
    }
    return order(placed, gutters);
  }

  /** The x of each gutter of the page, left to right; empty for a page of one column. */
  static List<Float> gutters(List<RawLine> page, float body) {
    int n = page.size();
    if (n < 2 * MIN_SIDE_LINES || n > MAX_LINES_PER_PAGE) {
      return List.of();
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (RawLine line : page) {
      for (RawLine.Span span : line.spans()) {
        minX = Math.min(minX, span.x());
        maxX = Math.max(maxX, span.right());
      }
    }
    int bins = (int) Math.ceil(maxX - minX);
    if (bins <= 0 || bins > MAX_BINS) {
      return List.of();
    }
    int[] cover = new int[bins];
    for (RawLine line : page) {
      for (RawLine.Span span : line.spans()) {
        int from = Math.max(0, (int) Math.floor(span.x() - minX));
        int to = Math.min(bins, (int) Math.ceil(span.right() - minX));
        for (int b = from; b < to; b++) {
          cover[b]++;
        }
      }
    }
    int limit = Math.max(1, Math.round(SPANNING_SHARE * n));
    float minWidth = Math.max(MIN_GUTTER_POINTS, MIN_GUTTER_EMS * body);
    List<float[]> candidates = new ArrayList<>();
    int b = 0;
    while (b < bins) {
      if (cover[b] > limit) {
        b++;
        continue;
      }
      int runStart = b;
      while (b < bins && cover[b] <= limit) {
        b++;
      }
      // A band at the edge of the text is a margin, not a gutter.
      if (runStart == 0 || b == bins || b - runStart < minWidth) {
        continue;
      }
      float x = minX + emptiest(cover, runStart, b);
      if (separatesColumns(page, x, limit)) {
        candidates.add(new float[] {x, b - runStart});
      }
    }
    // The widest gutters first; each must leave aligned columns on both of its sides.
    candidates.sort((p, q) -> Float.compare(q[1], p[1]));
    float align = Math.max(MIN_GUTTER_POINTS, ALIGN_EMS * body);
    List<Float> gutters = new ArrayList<>();
    for (float[] candidate : candidates) {
      if (gutters.size() >= MAX_COLUMNS - 1) {
        break;
      }
      List<Float> tentative = new ArrayList<>(gutters);
      tentative.add(candidate[0]);
      tentative.sort(Float::compare);
      int at = tentative.indexOf(candidate[0]);
      if (isColumn(page, tentative, at, align) && isColumn(page, tentative, at + 1, align)) {
        gutters = tentative;
      }
    }
    return gutters;
  }

  // Whether the lines left of the gutter label the blocks right of it: short lines, most of them
  // far apart from each other, most level with a line beside them, and fewer than those beside.
  private static boolean isLabelColumn(List<RawLine> page, float gutter) {
    List<RawLine> left = new ArrayList<>();
    List<RawLine> right = new ArrayList<>();
    for (RawLine line : page) {
      if (line.right() <= gutter) {
        left.add(line);
      } else if (line.x() >= gutter) {
        right.add(line);
      }
    }
    if (left.size() < MIN_COLUMN_LINES || right.size() < 2 * left.size()) {
      return false;
    }
    left.sort(Comparator.comparingDouble(RawLine::baseline));
    int labels = 0;
    int apart = 0;
    int level = 0;
    for (int i = 0; i < left.size(); i++) {
      RawLine line = left.get(i);
      if (ReadingOrder.words(line.text()) <= LABEL_WORDS) {
        labels++;
      }
      if (i > 0 && line.baseline() - left.get(i - 1).baseline() > LABEL_GAP * line.fontSize()) {
        apart++;
      }
      for (RawLine other : right) {
        if (overlapsVertically(line, other)) {
          level++;
          break;
        }
      }
    }
    return labels >= LABEL_SHARE * left.size()
        && apart >= APART_SHARE * (left.size() - 1)
        && level >= LEVEL_SHARE * left.size();
  }

  // Whether the lines that start in column c (between gutters c-1 and c) mostly share a left
  // edge, as a column's text does; scattered starts are labels of a figure or cells of a table.
  private static boolean isColumn(List<RawLine> page, List<Float> gutters, int c, float align) {
    float from = c == 0 ? -Float.MAX_VALUE : gutters.get(c - 1);
    float to = c == gutters.size() ? Float.MAX_VALUE : gutters.get(c);
    Map<Integer, Integer> starts = new TreeMap<>();
    int n = 0;
    for (RawLine line : page) {
      float x = line.spans().get(0).x();
      if (x >= from && x < to) {
        starts.merge(Math.round(x), 1, Integer::sum);
        n++;
      }
    }
    if (n < MIN_COLUMN_LINES) {
      return false;
    }
    int bestAligned = 0;
    for (int edge : starts.keySet()) {
      int aligned = 0;
      for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
        if (e.getKey() >= edge && e.getKey() - edge <= align) {
          aligned += e.getValue();
        }
      }
      bestAligned = Math.max(bestAligned, aligned);
    }
    return bestAligned >= ALIGNED_SHARE * n;
  }

  // The middle of the longest stretch of least coverage within [from, to).
  private static float emptiest(int[] cover, int from, int to) {
    int least = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      least = Math.min(least, cover[i]);
    }
    int bestStart = from;
    int bestLength = 0;
    for (int i = from; i < to; ) {
      if (cover[i] != least) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && cover[j] == least) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    return bestStart + bestLength / 2f;
  }

  private static boolean separatesColumns(List<RawLine> page, float x, int limit) {
    int left = 0;
    int right = 0;
    int spanning = 0;
    int crossing = 0;
    for (RawLine line : page) {
      boolean onLeft = false;
      boolean onRight = false;
      boolean covers = false;
      for (RawLine.Span span : line.spans()) {
        if (span.x() < x && span.right() > x) {
          covers = true;
        } else if (span.right() <= x) {
          onLeft = true;
        } else {
          onRight = true;
        }
      }
      if (covers) {
        spanning++;
      } else if (onLeft && onRight) {
        crossing++;
      } else if (onLeft) {
        left++;
      } else {
        right++;
      }
    }
    return left >= MIN_SIDE_LINES
        && right >= MIN_SIDE_LINES
        && spanning <= limit
        && crossing <= CROSSING_SHARE * Math.min(left, right);
  }

  private static int column(float x, List<Float> gutters) {
    int column = 0;
    for (float gutter : gutters) {
      if (x > gutter) {
        column++;
      }
    }
    return column;
  }

  private static boolean spansGutter(RawLine line, List<Float> gutters) {
    for (float gutter : gutters) {
      if (line.x() < gutter && line.right() > gutter) {
        return true;
      }
    }
    return false;
  }

  // identity: another line object, not an equal one
  @SuppressWarnings("ReferenceEquality")
  private static List<RawLine> order(List<RawLine> parts, List<Float> gutters) {
    // A line across a gutter cuts the page into bands only when it has its row to itself; one
    // that runs into the gutter beside the other column's text belongs to its column.
    List<RawLine> separators = new ArrayList<>();
    List<RawLine> inColumns = new ArrayList<>();
    for (RawLine part : parts) {
      boolean alone = true;
      if (spansGutter(part, gutters)) {
        for (RawLine other : parts) {
          if (other != part && overlapsVertically(part, other)) {
            alone = false;
            break;
          }
        }
      } else {
        alone = false;
      }
      (alone ? separators : inColumns).add(part);
    }
    separators.sort(Comparator.comparingDouble(RawLine::baseline));
    Map<Integer, List<RawLine>> bands = new TreeMap<>();
    for (RawLine part : inColumns) {
      int band = 0;
      while (band < separators.size() && separators.get(band).baseline() < part.baseline()) {
        band++;
      }
      bands.computeIfAbsent(band, k -> new ArrayList<>()).add(part);
    }
    List<RawLine> out = new ArrayList<>(parts.size());
    for (int band = 0; band <= separators.size(); band++) {
      if (band > 0) {
        out.add(separators.get(band - 1));
      }
      List<RawLine> members = bands.getOrDefault(band, List.of());
      if (band == 0) {
        List<RawLine> header = header(members, inColumns, gutters.size() + 1);
        out.addAll(byColumn(header));
        Set<RawLine> inHeader = Collections.newSetFromMap(new IdentityHashMap<>());
        inHeader.addAll(header);
        members = members.stream().filter(part -> !inHeader.contains(part)).toList();
      }
      out.addAll(byColumn(members));
    }
    return out;
  }

  // The rows at the top, before the first row with text near the left edge of a column right of
  // the first, when some of them have text in the far half of such a column (contact details flush
  // right beside the name).
  private static List<RawLine> header(List<RawLine> band, List<RawLine> all, int columns) {
    float[] lefts = new float[columns];
    float[] rights = new float[columns];
    Arrays.fill(lefts, Float.MAX_VALUE);
    Arrays.fill(rights, -Float.MAX_VALUE);
    for (RawLine part : all) {
      lefts[part.column()] = Math.min(lefts[part.column()], part.x());
      rights[part.column()] = Math.max(rights[part.column()], part.right());
    }
    List<List<RawLine>> rows = rows(band);
    int end = -1;
    boolean far = false;
    for (int r = 0; r < rows.size() && r <= MAX_HEADER_ROWS; r++) {
      boolean nearEdge = false;
      for (RawLine part : rows.get(r)) {
        int c = part.column();
        if (c == 0) {
          continue;
        }
        if (part.x() <= lefts[c] + 0.5f * (rights[c] - lefts[c])) {
          nearEdge = true;
        } else {
          far = true;
        }
      }
      if (nearEdge) {
        end = r;
        break;
      }
    }
    int lastHeaderRow = far ? end - 1 : -1;
    List<RawLine> header = new ArrayList<>();
    for (int r = 0; r <= lastHeaderRow; r++) {
      header.addAll(rows.get(r));
    }
    return header;
  }

  // Column by column, each top to bottom, lines of one row left to right.
  private static List<RawLine> byColumn(List<RawLine> parts) {
    Map<Integer, List<RawLine>> columns = new TreeMap<>();
    for (RawLine part : parts) {
      columns.computeIfAbsent(part.column(), k -> new ArrayList<>()).add(part);
    }
    List<RawLine> out = new ArrayList<>(parts.size());
    for (List<RawLine> column : columns.values()) {
      for (List<RawLine> row : rows(column)) {
        out.addAll(row);
      }
    }
    return out;
  }

  // The lines grouped into rows, top to bottom, each row sorted left to right.
  private static List<List<RawLine>> rows(List<RawLine> lines) {
    return rows(lines, RawLine::baseline);
  }

  // The lines grouped into rows by a vertical position (baseline or top), top to bottom, each row
  // sorted left to right.
  private static List<List<RawLine>> rows(List<RawLine> lines, ToDoubleFunction<RawLine> y) {
    List<RawLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(y));
    List<List<RawLine>> rows = new ArrayList<>();
    List<RawLine> row = new ArrayList<>();
    for (RawLine line : sorted) {
      if (!row.isEmpty()
          && y.applyAsDouble(line) - y.applyAsDouble(row.get(0))
              > SAME_ROW * Math.max(line.fontSize(), row.get(0).fontSize())) {
        rows.add(sortedByX(row));
        row = new ArrayList<>();
      }
      row.add(line);
    }
    if (!row.isEmpty()) {
      rows.add(sortedByX(row));
    }
    return rows;
  }

  // A page of labels left of the gutter and the blocks they label right of it: the body in reading
  // order, each label read before the block whose lines it stands level with (a section name, an
  // entry's dates set beside its title or its first lines), or where it stands when it is level
  // with no line.
  private static List<RawLine> labelsFirst(List<RawLine> page, float gutter) {
    List<RawLine> labels = new ArrayList<>();
    List<RawLine> body = new ArrayList<>();
    for (RawLine line : page) {
      (line.right() <= gutter ? labels : body).add(line);
    }
    body = byTops(body);
    Map<Integer, List<RawLine>> before = new TreeMap<>();
    for (RawLine label : ReadingOrder.joinWrappedLabels(byTops(labels), gutter)) {
      before.computeIfAbsent(readBefore(body, label), k -> new ArrayList<>()).add(label);
    }
    List<RawLine> out = new ArrayList<>(page.size());
    for (int i = 0; i <= body.size(); i++) {
      out.addAll(before.getOrDefault(i, List.of()));
      if (i < body.size()) {
        out.add(body.get(i));
      }
    }
    return out;
  }

  // The index of the body line the label is read before.
  private static int readBefore(List<RawLine> body, RawLine label) {
    float top = top(label);
    int level = -1;
    for (int k = 0; k < body.size(); k++) {
      if (top(body.get(k)) <= top + SAME_ROW * label.fontSize()) {
        level = k;
      }
    }
    if (level < 0) {
      return 0;
    }
    RawLine line = body.get(level);
    if (top > line.baseline() + BLOCK_GAP * line.fontSize()) {
      return level + 1; // below that line, level with none: read where it stands
    }
    int first = level;
    while (first > 0
        && level - first < LABEL_REACH_LINES
        && top(body.get(first)) - body.get(first - 1).baseline()
            < BLOCK_GAP * body.get(first).fontSize()) {
      first--;
    }
    return first;
  }

  // Top to bottom by the tops of the lines, lines whose tops are level left to right: a label in a
  // smaller font is read with the line its top is level with, not after it.
  private static List<RawLine> byTops(List<RawLine> lines) {
    List<RawLine> out = new ArrayList<>(lines.size());
    rows(lines, Columns::top).forEach(out::addAll);
    return out;
  }

  private static float top(RawLine line) {
    return line.baseline() - Math.max(line.height(), line.fontSize() * 0.7f);
  }

  private static List<RawLine> sortedByX(List<RawLine> row) {
    row.sort(Comparator.comparingDouble(RawLine::x));
    return row;
  }

  private static boolean overlapsVertically(RawLine a, RawLine b) {
    return Math.min(a.baseline(), b.baseline()) > Math.max(top(a), top(b));
  }
}
