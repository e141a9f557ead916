package dev.vitae.parser.pdf;

import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the lines of one row into one line of cells. Producers often draw a row in pieces: a title,
 * then its date flush right (or the date first), a label and its value, each its own text object,
 * so PDFBox gives them as separate lines and a date can end up read after the text below it. Lines
 * that share a baseline in one column of a page become one line, their cells left to right.
 *
 * <p>Not every two lines side by side are a row: beside a sidebar that was not found as a column,
 * each line belongs to its own column's flow. A line on the right stays apart when a line just
 * above or below it, alone on its own row, lies wholly right of the left line: the right line then
 * continues a flow of its own.
 */
final class Rows {
  // Lines whose baselines differ by less than this share of the font size share a row.
  private static final float SAME_ROW = 0.3f;
  // Neighbours within this many line heights above or below show a flow.
  private static final float NEIGHBOUR_LINES = 2.2f;
  // Font sizes of one row's cells differ by at most this factor: a date is often set smaller than
  // its title, a section heading beside an entry (a label column) is larger still.
  private static final float SIZE_RATIO = 1.25f;
  // Left edges this many ems apart are aligned: the lines are one flow.
  private static final float ALIGN_EMS = 0.5f;
  // Past this many lines a page keeps its lines as drawn: the neighbour search is quadratic.
  private static final int MAX_LINES_PER_PAGE = 1_000;

  private Rows() {}

  /** One page's lines with each row's pieces joined, in drawing order of each row's first piece. */
  static List<RawLine> join(List<RawLine> page) {
    int n = page.size();
    if (n < 2 || n > MAX_LINES_PER_PAGE) {
      return page;
    }
    Integer[] byBaseline = new Integer[n];
    for (int i = 0; i < n; i++) {
      byBaseline[i] = i;
    }
    Arrays.sort(byBaseline, Comparator.comparingDouble(i -> page.get(i).baseline()));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    boolean any = false;
    for (int a = 0; a < n; a++) {
      RawLine left = page.get(byBaseline[a]);
      for (int b = a + 1; b < n; b++) {
        RawLine other = page.get(byBaseline[b]);
        if (!sameRow(left, other)) {
          break;
        }
        int i = byBaseline[a];
        int j = byBaseline[b];
        boolean leftFirst = left.x() <= other.x();
        if (joinable(page, leftFirst ? i : j, leftFirst ? j : i)) {
          parent[find(parent, j)] = find(parent, i);
          any = true;
        }
      }
    }
    if (!any) {
      return page;
    }
    List<List<RawLine>> groups = new ArrayList<>();
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    List<RawLine> out = new ArrayList<>(n);
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (groupOf[root] < 0) {
        groupOf[root] = groups.size();
        groups.add(new ArrayList<>());
        slots.add(out.size());
        out.add(page.get(i));
      }
      groups.get(groupOf[root]).add(page.get(i));
    }
    for (int g = 0; g < groups.size(); g++) {
      List<RawLine> members = groups.get(g);
      if (members.size() > 1) {
        out.set(slots.get(g), merge(members));
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean sameRow(RawLine a, RawLine b) {
    return a.page() == b.page()
        && Math.abs(a.baseline() - b.baseline()) < SAME_ROW * Math.max(a.fontSize(), b.fontSize());
  }

  // Whether the right line is the next cell of the left one's row.
  private static boolean joinable(List<RawLine> page, int leftIndex, int rightIndex) {
    RawLine left = page.get(leftIndex);
    RawLine right = page.get(rightIndex);
    if (left.column() != right.column()
        || left.right() > right.x() + 0.1f * left.fontSize()
        || Math.max(left.fontSize(), right.fontSize())
            > SIZE_RATIO * Math.min(left.fontSize(), right.fontSize())) {
      return false;
    }
    float reach = NEIGHBOUR_LINES * Math.max(right.fontSize(), right.height());
    float align = ALIGN_EMS * right.fontSize();
    for (int k = 0; k < page.size(); k++) {
      RawLine n = page.get(k);
      if (k != leftIndex
          && k != rightIndex
          && n.column() == right.column()
          && !sameRow(n, right)
          && Math.abs(n.baseline() - right.baseline()) <= reach
          && n.x() >= left.right()
          && Math.abs(n.x() - right.x()) <= align) {
        return false;
      }
    }
    return true;
  }

  private static RawLine merge(List<RawLine> members) {
    List<RawLine> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparingDouble(RawLine::x));
    List<Cell> cells = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    RawLine widest = sorted.get(0);
    int boldChars = 0;
    int chars = 0;
    float right = -Float.MAX_VALUE;
    float height = 0;
    for (RawLine line : sorted) {
      cells.addAll(line.cells());
      for (Link link : line.links()) {
        if (!links.contains(link)) {
          links.add(link);
        }
      }
      if (text.length() > 0) {
        text.append(Line.CELL_SEPARATOR);
      }
      text.append(line.text());
      int length = line.text().length();
      chars += length;
      if (line.bold()) {
        boldChars += length;
      }
      if (length > widest.text().length()) {
        widest = line;
      }
      right = Math.max(right, line.right());
      height = Math.max(height, line.height());
    }
    RawLine first = sorted.get(0);
    return new RawLine(
        first.page(),
        text.toString(),
        widest.fontSize(),
        2 * boldChars > chars,
        first.x(),
        right,
        widest.baseline(),
        height,
        links,
        cells,
        first.column());
  }
}
