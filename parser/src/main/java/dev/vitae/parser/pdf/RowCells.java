package dev.vitae.parser.pdf;

import dev.vitae.parser.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a line's glyphs into the cells of a row: runs of text set apart by a gap that no word space
 * of the line explains (a title and its date flush right, a margin label and its text, a table
 * row). A gap is a cell gap when it is at least {@link #MIN_EMS} ems wide and {@link #SPACE_RATIO}
 * times the line's typical word space, or when it is {@link #ALWAYS_EMS} ems wide whatever the
 * spaces: justified text stretches every space of a line alike, so its spaces never stand out,
 * while a column gap in a LaTeX CV (0.9 em) is three times its word spaces.
 *
 * <p>A run with no letter or digit (a bullet, an icon drawn apart from its text) is no cell of its
 * own: it joins the run after it, or the one before it at the end of the row.
 */
final class RowCells {
  static final float MIN_EMS = 0.8f;
  static final float ALWAYS_EMS = 2.0f;
  static final float SPACE_RATIO = 1.8f;
  // The word space assumed for a line of fewer than three spaces besides the candidate gap.
  static final float DEFAULT_SPACE_EMS = 0.3f;
  // Word spaces are gaps at least this share of an em (narrower ones are kerning inside a word).
  private static final float SPACE_MIN_EMS = 0.12f;

  private static final String SENTENCE_END = ".!?。！？";

  private RowCells() {}

  private static char lastChar(String text) {
    return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
  }

  /**
   * One cell of a row as read from a PDF.
   *
   * @param text the cell's clean text
   * @param x left edge, points from the left of the page
   * @param right right edge, points from the left of the page
   */
  record Cell(String text, float x, float right) {}

  /**
   * The cells of a line whose glyphs are in reading (x) order, or {@code null} when the line is one
   * cell.
   */
  static @Nullable List<Cell> cut(List<PdfReader.Glyph> glyphs) {
    int n = glyphs.size();
    if (n < 3 || !hasWideGap(glyphs)) {
      return null; // most lines: one scan, nothing allocated
    }
    // Gaps between consecutive visible glyphs that are word spaces or wider, in ems.
    List<int[]> candidates = new ArrayList<>();
    float[] spaces = new float[n];
    int spaceCount = 0;
    PdfReader.Glyph previous = null;
    int previousIndex = -1;
    for (int i = 0; i < n; i++) {
      PdfReader.Glyph glyph = glyphs.get(i);
      if (glyph.visible() == 0) {
        continue;
      }
      if (previous != null) {
        float em = previous.em();
        float gap = glyph.x() - (previous.x() + previous.width());
        if (em > 0 && (gap >= SPACE_MIN_EMS * em || glyph.word() != previous.word())) {
          float ems = gap / em;
          spaces[spaceCount++] = ems;
          if (ems >= MIN_EMS) {
            candidates.add(new int[] {previousIndex, i});
          }
        }
      }
      previous = glyph;
      previousIndex = i;
    }
    if (candidates.isEmpty()) {
      return null;
    }
    float typical = typicalSpace(Arrays.copyOf(spaces, spaceCount));
    List<Integer> cuts = new ArrayList<>();
    for (int[] c : candidates) {
      PdfReader.Glyph left = glyphs.get(c[0]);
      PdfReader.Glyph right = glyphs.get(c[1]);
      float ems = (right.x() - (left.x() + left.width())) / left.em();
      boolean sentenceEnd = SENTENCE_END.indexOf(lastChar(left.text())) >= 0;
      if (ems >= ALWAYS_EMS || (!sentenceEnd && ems >= SPACE_RATIO * typical)) {
        cuts.add(c[1]);
      }
    }
    if (cuts.isEmpty()) {
      return null;
    }
    List<Cell> cells = new ArrayList<>(cuts.size() + 1);
    int from = 0;
    for (int cut : cuts) {
      cells.add(cell(glyphs.subList(from, cut)));
      from = cut;
    }
    cells.add(cell(glyphs.subList(from, n)));
    List<Cell> merged = mergeMarks(cells);
    return merged.size() > 1 ? merged : null;
  }

  /** The row's text: its cells' texts joined by {@link Line#CELL_SEPARATOR}. */
  static String join(List<Cell> cells) {
    StringBuilder text = new StringBuilder();
    for (Cell c : cells) {
      if (!text.isEmpty()) {
        text.append(Line.CELL_SEPARATOR);
      }
      text.append(c.text());
    }
    return text.toString();
  }

  // Whether some gap between consecutive visible glyphs is at least MIN_EMS wide.
  private static boolean hasWideGap(List<PdfReader.Glyph> glyphs) {
    PdfReader.Glyph previous = null;
    for (PdfReader.Glyph glyph : glyphs) {
      if (glyph.visible() == 0) {
        continue;
      }
      if (previous != null
          && glyph.x() - (previous.x() + previous.width()) >= MIN_EMS * previous.em()) {
        return true;
      }
      previous = glyph;
    }
    return false;
  }

  // The median word space of the line: a row of cells has few wide gaps among many spaces, so the
  // median is a word space; justified text has all its spaces alike.
  private static float typicalSpace(float[] spaces) {
    if (spaces.length < 4) {
      return DEFAULT_SPACE_EMS;
    }
    Arrays.sort(spaces);
    return Math.max(spaces[(spaces.length - 1) / 2], SPACE_MIN_EMS);
  }

  // Runs without a letter or digit join their neighbour: the next run, or the previous at the end.
  private static List<Cell> mergeMarks(List<Cell> cells) {
    List<Cell> out = new ArrayList<>(cells.size());
    Cell pending = null;
    for (Cell c : cells) {
      if (pending != null) {
        c = join(pending, c);
        pending = null;
      }
      if (c.text().isEmpty()) {
        continue;
      }
      if (!hasLetterOrDigit(c.text())) {
        pending = c;
        continue;
      }
      out.add(c);
    }
    if (pending != null) {
      if (out.isEmpty()) {
        out.add(pending);
      } else {
        out.set(out.size() - 1, join(out.get(out.size() - 1), pending));
      }
    }
    return out;
  }

  private static Cell join(Cell left, Cell right) {
    String text = left.text().isEmpty() ? right.text() : left.text() + " " + right.text();
    return new Cell(
        text.strip(), Math.min(left.x(), right.x()), Math.max(left.right(), right.right()));
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  // The text of one run: a space where the word changes, except between CJK characters set close.
  private static Cell cell(List<PdfReader.Glyph> run) {
    StringBuilder text = new StringBuilder();
    PdfReader.Glyph previous = null;
    float x = Float.POSITIVE_INFINITY;
    float right = Float.NEGATIVE_INFINITY;
    for (PdfReader.Glyph glyph : run) {
      if (previous != null && glyph.word() != previous.word() && !text.isEmpty()) {
        boolean cjk =
            PdfText.isCjk(text.codePointBefore(text.length()))
                && !glyph.text().isEmpty()
                && PdfText.isCjk(glyph.text().codePointAt(0))
                && glyph.x() - (previous.x() + previous.width()) < previous.em();
        if (!cjk) {
          text.append(' ');
        }
      }
      text.append(glyph.text());
      if (glyph.visible() > 0) {
        x = Math.min(x, glyph.x());
        right = Math.max(right, glyph.x() + glyph.width());
      }
      previous = glyph;
    }
    if (x > right) {
      x = right = 0;
    }
    return new Cell(PdfText.clean(text.toString()), x, right);
  }
}
