package dev.vitae.parser.pdf;

import java.awt.geom.Point2D;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The small filled shapes of a page: the list bullets that Chromium, Word and LibreOffice draw as
 * paths (a disc, a square) instead of glyphs, which a text stripper never sees. Path operators only
 * grow the current path's bounding box; a fill of a box a few points wide and about as tall is a
 * dot. One instance per document, reset at each page; not thread-safe.
 */
final class VectorMarkers {
  // A bullet is between these sizes in points, and at most this much wider than tall or taller than
  // wide: smaller is a speck or a rule's end, larger a box, a bar or an icon.
  private static final float MIN_SIZE = 1.2f;
  private static final float MAX_SIZE = 9f;
  private static final float MAX_ASPECT = 2.5f;
  private static final int MAX_DOTS_PER_PAGE = 5_000;

  /** A dot in the text stripper's coordinates: x from the left, y from the top of the page. */
  record Dot(float x, float right, float top, float bottom) {
    float centerY() {
      return (top + bottom) / 2;
    }
  }

  private final List<Dot> dots = new ArrayList<>();
  private float left;
  private float right;
  private float low;
  private float high;
  private boolean empty = true;
  private float cropLeft;
  private float cropTop;
  private boolean upright;

  /** Registers the path operators on the engine. */
  void install(PDFStreamEngine engine) {
    for (String name : List.of("m", "l", "c", "v", "y", "re", "h")) {
      engine.addOperator(new Path(engine, name));
    }
    for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
      engine.addOperator(new Fill(engine, name, true));
    }
    for (String name : List.of("n", "S", "s")) {
      engine.addOperator(new Fill(engine, name, false));
    }
  }

  /** Starts a page: its dots so far are dropped. */
  void startPage(PDRectangle crop, int rotation) {
    dots.clear();
    empty = true;
    cropLeft = crop.getLowerLeftX();
    cropTop = crop.getUpperRightY();
    // Rotated pages have their text coordinates turned; their bullets are not looked for.
    upright = Math.floorMod(rotation, 360) == 0;
  }

  /** The page's dots, in drawing order. */
  List<Dot> dots() {
    return dots;
  }

  private void add(PDFStreamEngine engine, float x, float y) {
    Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float p = ctm.transformPoint(x, y);
    if (empty) {
      left = right = p.x;
      low = high = p.y;
      empty = false;
    } else {
      left = Math.min(left, p.x);
      right = Math.max(right, p.x);
      low = Math.min(low, p.y);
      high = Math.max(high, p.y);
    }
  }

  private void end(boolean filled) {
    if (filled && !empty && upright && dots.size() < MAX_DOTS_PER_PAGE) {
      float width = right - left;
      float height = high - low;
      if (width >= MIN_SIZE
          && height >= MIN_SIZE
          && width <= MAX_SIZE
          && height <= MAX_SIZE
          && width <= MAX_ASPECT * height
          && height <= MAX_ASPECT * width) {
        dots.add(new Dot(left - cropLeft, right - cropLeft, cropTop - high, cropTop - low));
      }
    }
    empty = true;
  }

  private static float number(List<COSBase> operands, int i) {
    return operands.get(i) instanceof COSNumber n ? n.floatValue() : Float.NaN;
  }

  // A path construction operator: its points grow the current path's box.
  private final class Path extends OperatorProcessor {
    private final String name;

    Path(PDFStreamEngine engine, String name) {
      super(engine);
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      PDFStreamEngine engine = getContext();
      if (name.equals("re")) {
        if (operands.size() >= 4) {
          float x = number(operands, 0);
          float y = number(operands, 1);
          float w = number(operands, 2);
          float h = number(operands, 3);
          if (!Float.isNaN(x + y + w + h)) {
            add(engine, x, y);
            add(engine, x + w, y + h);
            add(engine, x + w, y);
            add(engine, x, y + h);
          }
        }
        return;
      }
      for (int i = 0; i + 1 < operands.size(); i += 2) {
        float x = number(operands, i);
        float y = number(operands, i + 1);
        if (!Float.isNaN(x + y)) {
          add(engine, x, y);
        }
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }

  // A painting operator: a fill may make the path a dot; any painting ends the path.
  private final class Fill extends OperatorProcessor {
    private final String name;
    private final boolean fills;

    Fill(PDFStreamEngine engine, String name, boolean fills) {
      super(engine);
      this.name = name;
      this.fills = fills;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws InterruptedIOException {
      // Painting is where a page of vector art spends its time: a caller's timeout stops it here.
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      end(fills);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
