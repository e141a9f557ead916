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

/**
 * Finds the columns of each page from glyph positions and puts the page's lines in reading order:
 * column by column, left to right, each column top to bottom.
 *
 * <p>A gutter is a vertical band of the page that no line's glyphs cross, except a few full-width
 * lines (a name, a section rule), with lines wholly on each side of it. The producer's drawing
 * order decides between columns and rows: when most lines drawn across the band are one line with a
 * gap at the band (a heading with its date flush right, a table row), the band separates cells of
 * rows, not columns, and the page keeps its single flow. A full-width line cuts the page into bands
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
    List<RawLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(RawLine::baseline));
    List<List<RawLine>> rows = new ArrayList<>();
    List<RawLine> row = new ArrayList<>();
    for (RawLine line : sorted) {
      if (!row.isEmpty()
          && line.baseline() - row.get(0).baseline()
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

  private static List<RawLine> sortedByX(List<RawLine> row) {
    row.sort(Comparator.comparingDouble(RawLine::x));
    return row;
  }

  private static boolean overlapsVertically(RawLine a, RawLine b) {
    float aTop = a.baseline() - Math.max(a.height(), a.fontSize() * 0.7f);
    float bTop = b.baseline() - Math.max(b.height(), b.fontSize() * 0.7f);
    return Math.min(a.baseline(), b.baseline()) > Math.max(aTop, bTop);
  }
}
