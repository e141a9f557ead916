package dev.vitae.parser.pdf;

import java.util.Arrays;

/**
 * The glyphs shown so far on a page, by text and position, for PDFBox's check of duplicate
 * overlapping text (fake bold and shadows draw each glyph twice or more, a little apart): a glyph
 * is a duplicate when one of the same text was kept at an x and a y each within {@code [v -
 * tolerance, v + tolerance)} of its own, exactly as {@code PDFTextStripper} decides it. PDFBox
 * keeps a sorted map per text and walks sub-maps of it for every glyph, which cost a twentieth of
 * the time of reading a PDF; here the points are hashed into square cells, so a glyph looks at the
 * few cells its tolerance spans. One instance per document; {@link #clear} at each page.
 */
final class DuplicateGlyphs {
  // Cells this wide hold a glyph and its usual tolerance (a third of its width) in one or two.
  private static final float CELL = 8f;
  // Past this tolerance (a glyph some 400 points wide) the check is skipped: the cells it spans
  // would cost more than the answer is worth, and no real page has such a glyph twice.
  private static final float MAX_TOLERANCE = 16 * CELL;
  // Points this far off the page are garbage, and their cells would overflow an int.
  private static final float MAX_COORDINATE = 1e7f;

  private String[] texts = new String[64];
  private float[] xs = new float[64];
  private float[] ys = new float[64];
  // Chains: the first point of each bucket (or -1), and the next point of each point's bucket.
  private int[] heads = filled(128);
  private int[] next = new int[64];
  private int size;

  /** Forgets the page's glyphs. */
  void clear() {
    if (size > 0) {
      Arrays.fill(heads, -1);
      Arrays.fill(texts, 0, size, null);
      size = 0;
    }
  }

  /**
   * Whether a glyph of {@code text} was kept near {@code (x, y)}; when none was, this one is kept.
   *
   * @param tolerance how far apart (in x and in y) two drawings of the glyph may be
   */
  boolean isDuplicate(String text, float x, float y, float tolerance) {
    if (!(Math.abs(x) <= MAX_COORDINATE)
        || !(Math.abs(y) <= MAX_COORDINATE)
        || !(tolerance <= MAX_TOLERANCE)) {
      return false;
    }
    float fromX = x - tolerance;
    float toX = x + tolerance;
    float fromY = y - tolerance;
    float toY = y + tolerance;
    int hash = text.hashCode();
    for (int cx = cell(fromX); cx <= cell(toX); cx++) {
      for (int cy = cell(fromY); cy <= cell(toY); cy++) {
        for (int at = heads[bucket(hash, cx, cy)]; at >= 0; at = next[at]) {
          float px = xs[at];
          float py = ys[at];
          if (px >= fromX && px < toX && py >= fromY && py < toY && text.equals(texts[at])) {
            return true;
          }
        }
      }
    }
    add(text, hash, x, y);
    return false;
  }

  private void add(String text, int hash, float x, float y) {
    if (size == texts.length) {
      int capacity = 2 * size;
      texts = Arrays.copyOf(texts, capacity);
      xs = Arrays.copyOf(xs, capacity);
      ys = Arrays.copyOf(ys, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    texts[size] = text;
    xs[size] = x;
    ys[size] = y;
    size++;
    if (2 * size > heads.length) {
      heads = filled(2 * heads.length);
      for (int i = 0; i < size; i++) {
        link(i, texts[i].hashCode());
      }
    } else {
      link(size - 1, hash);
    }
  }

  private void link(int point, int hash) {
    int bucket = bucket(hash, cell(xs[point]), cell(ys[point]));
    next[point] = heads[bucket];
    heads[bucket] = point;
  }

  private static int cell(float value) {
    return (int) Math.floor(value / CELL);
  }

  private int bucket(int hash, int cx, int cy) {
    int h = hash * 31 + cx;
    h = h * 0x9E3779B1 + cy;
    h ^= h >>> 16;
    return h & (heads.length - 1);
  }

  private static int[] filled(int length) {
    int[] array = new int[length];
    Arrays.fill(array, -1);
    return array;
  }
}
