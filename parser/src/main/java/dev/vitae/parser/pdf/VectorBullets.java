package dev.vitae.parser.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * List bullets drawn as filled paths (a disc of Bézier curves, a small square) instead of glyphs,
 * as Chromium and Word draw them. The text stripper hands over the path operators it does not
 * handle; only the bounding box of the current path is kept, and a filled path becomes a candidate
 * when it is small and about as wide as high. At the end of a page, a line with a candidate just
 * left of its first glyph, in its baseline band and about the size of a bullet for its font, gets a
 * bullet in front ({@code •}), which layout treats like a glyph bullet.
 *
 * <p>Bounded: constant work per operator, at most {@value #MAX_SHAPES} candidates per page. One
 * instance per document, not thread-safe.
 */
final class VectorBullets {
  static final String BULLET = "•";

  private static final int MAX_SHAPES = 4_096;
  // A disc is four to sixteen curves after its first point (Chromium's Skia draws sixteen), a
  // square one rectangle: more segments is a drawing.
  private static final int MAX_SEGMENTS = 20;
  // Candidates in points, before the line's font size is known.
  private static final float MIN_SIDE = 0.5f;
  private static final float MAX_SIDE = 14f;
  private static final float MAX_ASPECT = 1.6f;
  // Against the line's font size: a bullet is this big, this far left of the text, this high.
  private static final float MIN_EMS = 0.12f;
  private static final float MAX_EMS = 0.6f;
  private static final float MAX_GAP_EMS = 2.5f;
  private static final float OVERLAP_EMS = 0.1f;
  private static final float HIGHEST_EMS = 0.8f;
  private static final float LOWEST_EMS = 0.1f;

  /** A small filled shape, in points from the top left of the page. */
  record Shape(float x, float top, float right, float bottom) {
    float size() {
      return Math.max(right - x, bottom - top);
    }

    float centerY() {
      return (top + bottom) / 2;
    }
  }

  private final List<Shape> shapes = new ArrayList<>();
  private boolean upright;
  private float cropX;
  private float cropY;
  private float pageHeight;
  // The current path's bounding box in user space after the transformation matrix.
  private float minX;
  private float minY;
  private float maxX;
  private float maxY;
  private int segments;

  /** Starts a page: candidates of the previous page are dropped. */
  void startPage(PDRectangle crop, int rotation) {
    shapes.clear();
    reset();
    // Glyph positions of turned pages are turned too; bullets are looked for on upright pages.
    upright = Math.floorMod(rotation, 360) == 0;
    cropX = crop.getLowerLeftX();
    cropY = crop.getLowerLeftY();
    pageHeight = crop.getHeight();
  }

  /** One operator the text stripper does not handle, with the current transformation matrix. */
  void operator(String name, List<COSBase> operands, Matrix ctm) {
    if (!upright) {
      return;
    }
    switch (name) {
      case "m", "l" -> points(operands, 2, ctm);
      case "c" -> points(operands, 6, ctm);
      case "v", "y" -> points(operands, 4, ctm);
      case "re" -> rectangle(operands, ctm);
      case "f", "F", "f*", "B", "B*", "b", "b*" -> fill();
      case "n", "S", "s" -> reset();
      default -> {
        // colours, clipping marks, images: nothing to do with a path's extent
      }
    }
  }

  private void points(List<COSBase> operands, int count, Matrix ctm) {
    if (++segments > MAX_SEGMENTS || operands.size() < count) {
      return;
    }
    for (int i = 0; i + 1 < count; i += 2) {
      if (!(operands.get(i) instanceof COSNumber x)
          || !(operands.get(i + 1) instanceof COSNumber y)) {
        segments = MAX_SEGMENTS + 1;
        return;
      }
      add(x.floatValue(), y.floatValue(), ctm);
    }
  }

  private void rectangle(List<COSBase> operands, Matrix ctm) {
    segments += 4;
    if (segments > MAX_SEGMENTS || operands.size() < 4) {
      return;
    }
    for (int i = 0; i < 4; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        segments = MAX_SEGMENTS + 1;
        return;
      }
    }
    float x = ((COSNumber) operands.get(0)).floatValue();
    float y = ((COSNumber) operands.get(1)).floatValue();
    float w = ((COSNumber) operands.get(2)).floatValue();
    float h = ((COSNumber) operands.get(3)).floatValue();
    add(x, y, ctm);
    add(x + w, y + h, ctm);
    add(x + w, y, ctm);
    add(x, y + h, ctm);
  }

  private void add(float x, float y, Matrix ctm) {
    float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
    float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
    minX = Math.min(minX, px);
    minY = Math.min(minY, py);
    maxX = Math.max(maxX, px);
    maxY = Math.max(maxY, py);
  }

  private void fill() {
    float w = maxX - minX;
    float h = maxY - minY;
    if (segments <= MAX_SEGMENTS
        && shapes.size() < MAX_SHAPES
        && w >= MIN_SIDE
        && h >= MIN_SIDE
        && w <= MAX_SIDE
        && h <= MAX_SIDE
        && w <= MAX_ASPECT * h
        && h <= MAX_ASPECT * w) {
      float x = minX - cropX;
      float top = pageHeight - (maxY - cropY);
      shapes.add(new Shape(x, top, x + w, top + h));
    }
    reset();
  }

  private void reset() {
    minX = Float.POSITIVE_INFINITY;
    minY = Float.POSITIVE_INFINITY;
    maxX = Float.NEGATIVE_INFINITY;
    maxY = Float.NEGATIVE_INFINITY;
    segments = 0;
  }

  /** The candidates of the current page, in drawing order. */
  List<Shape> shapes() {
    return shapes;
  }

  /**
   * The page's lines, those with a bullet shape just before their first glyph given a leading
   * {@value #BULLET} that starts where the shape does; a shape marks one line at most.
   */
  static void mark(List<RawLine> pageLines, List<Shape> shapes) {
    if (shapes.isEmpty()) {
      return;
    }
    boolean[] used = new boolean[shapes.size()];
    for (int i = 0; i < pageLines.size(); i++) {
      RawLine line = pageLines.get(i);
      if (LineLayout.markerLength(line.text()) > 0) {
        continue;
      }
      int found = find(line, shapes, used);
      if (found >= 0) {
        used[found] = true;
        pageLines.set(i, withBullet(line, shapes.get(found)));
      }
    }
  }

  private static int find(RawLine line, List<Shape> shapes, boolean[] used) {
    float em = line.fontSize() > 0 ? line.fontSize() : line.height();
    if (em <= 0) {
      return -1;
    }
    int best = -1;
    float bestGap = Float.POSITIVE_INFINITY;
    for (int k = 0; k < shapes.size(); k++) {
      Shape shape = shapes.get(k);
      float gap = line.x() - shape.right();
      float center = shape.centerY();
      if (used[k]
          || gap < -OVERLAP_EMS * em
          || gap > MAX_GAP_EMS * em
          || shape.size() < MIN_EMS * em
          || shape.size() > MAX_EMS * em
          || center < line.baseline() - HIGHEST_EMS * em
          || center > line.baseline() + LOWEST_EMS * em) {
        continue;
      }
      if (gap < bestGap) {
        best = k;
        bestGap = gap;
      }
    }
    return best;
  }

  private static RawLine withBullet(RawLine line, Shape shape) {
    List<RawLine.Span> spans = new ArrayList<>(line.spans());
    RawLine.Span first = spans.get(0);
    spans.set(0, new RawLine.Span(Math.min(first.x(), shape.x()), first.right()));
    return new RawLine(
        line.page(),
        BULLET + " " + line.text(),
        line.fontSize(),
        line.bold(),
        Math.min(line.x(), shape.x()),
        line.right(),
        line.baseline(),
        line.height(),
        line.links(),
        spans,
        withBulletText(line.cells()),
        line.column());
  }

  // The first cell takes the bullet, as the line's text does.
  private static List<RowCells.Cell> withBulletText(List<RowCells.Cell> cells) {
    if (cells.isEmpty()) {
      return cells;
    }
    List<RowCells.Cell> out = new ArrayList<>(cells);
    RowCells.Cell first = out.get(0);
    out.set(0, new RowCells.Cell(BULLET + " " + first.text(), first.x(), first.right()));
    return out;
  }
}
