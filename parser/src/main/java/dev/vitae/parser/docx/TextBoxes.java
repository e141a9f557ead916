package dev.vitae.parser.docx;

import static dev.vitae.parser.docx.Ooxml.A;
import static dev.vitae.parser.docx.Ooxml.MC;
import static dev.vitae.parser.docx.Ooxml.VML;
import static dev.vitae.parser.docx.Ooxml.WP;
import static dev.vitae.parser.docx.Ooxml.WPG;
import static dev.vitae.parser.docx.Ooxml.WPS;
import static dev.vitae.parser.docx.Ooxml.findChild;
import static dev.vitae.parser.docx.Ooxml.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the text boxes ({@code w:txbxContent}) of one drawing, DrawingML or VML, with their
 * positions, choosing one branch of {@code mc:AlternateContent} so that the same box is not read
 * twice. Stateless.
 */
final class TextBoxes {
  private static final double EMU_PER_POINT = 12700;
  // Bounds the search through nested groups of a hostile drawing.
  private static final int MAX_DEPTH = 32;

  /** A text box: its rectangle in the coordinates of its drawing, and its content. */
  record Box(double x, double y, double width, double height, Element content) {}

  /**
   * The text boxes of one drawing.
   *
   * @param grouped whether the boxes share one coordinate space (a drawing group), so that their
   *     positions can order them
   * @param offsetPoints how far below the top of its paragraph the drawing is placed, when known
   */
  record Drawing(List<Box> boxes, boolean grouped, OptionalDouble offsetPoints) {}

  // x' = ox + sx * x, y' = oy + sy * y.
  private record Transform(double ox, double oy, double sx, double sy) {
    static final Transform IDENTITY = new Transform(0, 0, 1, 1);

    Transform then(double offX, double offY, double scaleX, double scaleY) {
      return new Transform(ox + sx * offX, oy + sy * offY, sx * scaleX, sy * scaleY);
    }
  }

  private TextBoxes() {}

  /**
   * The drawing that a run child ({@code w:drawing}, {@code w:pict}, {@code w:object} or {@code
   * mc:AlternateContent}) holds, if it has any text box.
   */
  static Optional<Drawing> find(Element element) {
    Element chosen = element;
    if (is(element, MC, "AlternateContent")) {
      Optional<Element> choice = findChild(element, MC, "Choice");
      Optional<Element> fallback = findChild(element, MC, "Fallback");
      chosen =
          choice
              .filter(TextBoxes::hasTextBox)
              .or(() -> fallback.filter(TextBoxes::hasTextBox))
              .orElse(null);
      if (chosen == null) {
        return Optional.empty();
      }
    }
    List<Box> boxes = new ArrayList<>();
    boolean[] grouped = {false};
    OptionalDouble[] offset = {OptionalDouble.empty()};
    collect(chosen, boxes, grouped, offset, 0);
    if (boxes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Drawing(List.copyOf(boxes), grouped[0], offset[0]));
  }

  private static void collect(
      Element e, List<Box> boxes, boolean[] grouped, OptionalDouble[] offset, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (is(e, WP, "anchor") || is(e, WP, "inline")) {
      if (offset[0].isEmpty()) {
        offset[0] = anchorOffset(e);
      }
      findChild(e, A, "graphic")
          .flatMap(g -> findChild(g, A, "graphicData"))
          .ifPresent(
              data -> {
                for (Element c : Ooxml.children(data)) {
                  if (is(c, WPS, "wsp")) {
                    shape(c, Transform.IDENTITY, boxes);
                  } else if (is(c, WPG, "wgp")) {
                    grouped[0] = true;
                    group(c, Transform.IDENTITY, boxes, depth + 1);
                  }
                }
              });
      return;
    }
    if (is(e, VML, "group")) {
      grouped[0] = true;
      vmlGroup(e, Transform.IDENTITY, boxes, depth + 1);
      return;
    }
    if (VML.equals(e.getNamespaceURI())) {
      Optional<Box> box = vmlShape(e, Transform.IDENTITY, true);
      if (box.isPresent()) {
        boxes.add(box.get());
        if (offset[0].isEmpty()) {
          offset[0] = vmlOffset(e);
        }
      }
      return;
    }
    for (Element c : Ooxml.children(e)) {
      collect(c, boxes, grouped, offset, depth + 1);
    }
  }

  private static void shape(Element wsp, Transform t, List<Box> boxes) {
    Optional<Element> content =
        findChild(wsp, WPS, "txbx").flatMap(x -> findChild(x, Ooxml.W, "txbxContent"));
    if (content.isEmpty()) {
      return;
    }
    double[] rect = xfrm(findChild(wsp, WPS, "spPr").orElse(null)).orElse(new double[4]);
    boxes.add(
        new Box(
            t.ox + t.sx * rect[0],
            t.oy + t.sy * rect[1],
            t.sx * rect[2],
            t.sy * rect[3],
            content.get()));
  }

  private static void group(Element grp, Transform t, List<Box> boxes, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    Transform inner = t;
    Optional<Element> xfrm = findChild(grp, WPG, "grpSpPr").flatMap(p -> findChild(p, A, "xfrm"));
    if (xfrm.isPresent()) {
      double[] off = point(xfrm.get(), "off", "x", "y");
      double[] ext = point(xfrm.get(), "ext", "cx", "cy");
      double[] chOff = point(xfrm.get(), "chOff", "x", "y");
      double[] chExt = point(xfrm.get(), "chExt", "cx", "cy");
      double kx = chExt[0] > 0 && ext[0] > 0 ? ext[0] / chExt[0] : 1;
      double ky = chExt[1] > 0 && ext[1] > 0 ? ext[1] / chExt[1] : 1;
      inner = t.then(off[0] - chOff[0] * kx, off[1] - chOff[1] * ky, kx, ky);
    }
    for (Element c : Ooxml.children(grp)) {
      if (is(c, WPS, "wsp")) {
        shape(c, inner, boxes);
      } else if (is(c, WPG, "grpSp")) {
        group(c, inner, boxes, depth + 1);
      }
    }
  }

  private static Optional<double[]> xfrm(@Nullable Element spPr) {
    Optional<Element> xfrm = findChild(spPr, A, "xfrm");
    if (xfrm.isEmpty()) {
      return Optional.empty();
    }
    double[] off = point(xfrm.get(), "off", "x", "y");
    double[] ext = point(xfrm.get(), "ext", "cx", "cy");
    return Optional.of(new double[] {off[0], off[1], ext[0], ext[1]});
  }

  private static double[] point(Element xfrm, String child, String xName, String yName) {
    Optional<Element> e = findChild(xfrm, A, child);
    if (e.isEmpty()) {
      return new double[2];
    }
    return new double[] {number(e.get().getAttribute(xName)), number(e.get().getAttribute(yName))};
  }

  private static OptionalDouble anchorOffset(Element anchor) {
    Optional<Element> positionV = findChild(anchor, WP, "positionV");
    if (positionV.isEmpty()) {
      return OptionalDouble.empty();
    }
    String from = positionV.get().getAttribute("relativeFrom");
    Optional<Element> posOffset = findChild(positionV.get(), WP, "posOffset");
    if (posOffset.isEmpty() || !(from.equals("paragraph") || from.equals("line"))) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(number(Ooxml.text(posOffset.get())) / EMU_PER_POINT);
  }

  private static void vmlGroup(Element grp, Transform t, List<Box> boxes, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    Map<String, String> style = style(grp);
    double[] origin = pair(grp.getAttribute("coordorigin"), 0);
    double[] size = pair(grp.getAttribute("coordsize"), 1000);
    double left = length(style.get("left"));
    double top = length(style.get("top"));
    double width = length(style.get("width"));
    double height = length(style.get("height"));
    double kx = size[0] > 0 && width > 0 ? width / size[0] : 1;
    double ky = size[1] > 0 && height > 0 ? height / size[1] : 1;
    Transform inner = t.then(left - origin[0] * kx, top - origin[1] * ky, kx, ky);
    for (Element c : Ooxml.children(grp)) {
      if (is(c, VML, "group")) {
        vmlGroup(c, inner, boxes, depth + 1);
      } else if (VML.equals(c.getNamespaceURI())) {
        vmlShape(c, inner, false).ifPresent(boxes::add);
      }
    }
  }

  private static Optional<Box> vmlShape(Element shape, Transform t, boolean topLevel) {
    Optional<Element> content =
        findChild(shape, VML, "textbox").flatMap(x -> findChild(x, Ooxml.W, "txbxContent"));
    if (content.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> style = style(shape);
    double left = length(style.get("left"));
    double top = length(style.get("top"));
    if (topLevel) {
      left += length(style.get("margin-left"));
      top += length(style.get("margin-top"));
    }
    return Optional.of(
        new Box(
            t.ox + t.sx * left,
            t.oy + t.sy * top,
            t.sx * length(style.get("width")),
            t.sy * length(style.get("height")),
            content.get()));
  }

  private static OptionalDouble vmlOffset(Element shape) {
    Map<String, String> style = style(shape);
    String relative = style.getOrDefault("mso-position-vertical-relative", "text");
    if (!"absolute".equals(style.get("position"))
        || !(relative.equals("text") || relative.equals("line"))
        || !style.containsKey("margin-top")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(length(style.get("margin-top")) + length(style.get("top")));
  }

  private static Map<String, String> style(Element e) {
    Map<String, String> out = new HashMap<>();
    for (String part : e.getAttribute("style").split(";")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        out.put(
            part.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            part.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  // A CSS-like length in points; unitless numbers (group coordinates) stay as they are.
  private static double length(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    double factor = 1;
    String number = value;
    for (String[] unit :
        new String[][] {
          {"pt", "1"},
          {"in", "72"},
          {"px", "0.75"},
          {"cm", "28.3465"},
          {"mm", "2.83465"},
          {"pc", "12"}
        }) {
      if (value.endsWith(unit[0])) {
        number = value.substring(0, value.length() - unit[0].length());
        factor = Double.parseDouble(unit[1]);
        break;
      }
    }
    return number(number) * factor;
  }

  private static double[] pair(String value, double fallback) {
    String[] parts = value == null ? new String[0] : value.split(",");
    double a = parts.length > 0 && !parts[0].isBlank() ? number(parts[0]) : fallback;
    double b = parts.length > 1 && !parts[1].isBlank() ? number(parts[1]) : fallback;
    return new double[] {a, b};
  }

  private static double number(String s) {
    if (s == null) {
      return 0;
    }
    try {
      double d = Double.parseDouble(s.strip());
      return Double.isFinite(d) ? d : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean hasTextBox(Node node) {
    return hasTextBox(node, 0);
  }

  private static boolean hasTextBox(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (Ooxml.isW(c, "txbxContent") || hasTextBox(c, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
