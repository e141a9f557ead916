package dev.vitae.parser.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The URI link annotations of one page, with their rectangles in the coordinates PDFBox uses for
 * {@code TextPosition#getXDirAdj()} and {@code getYDirAdj()}: origin at the top left of the crop
 * box as displayed, y growing downwards.
 */
final class PageLinks {
  // Bounds what a hostile page can make us hold and test per line.
  private static final int MAX_LINKS_PER_PAGE = 500;

  /** One link area. */
  record Area(float left, float top, float right, float bottom, String uri) {
    boolean contains(float x, float y) {
      return x >= left && x <= right && y >= top && y <= bottom;
    }
  }

  private PageLinks() {}

  /** The page's URI links; a broken annotation array yields none rather than failing the page. */
  static List<Area> read(PDPage page, int maxUriChars) {
    List<PDAnnotation> annotations;
    try {
      annotations = page.getAnnotations();
    } catch (IOException e) {
      return List.of();
    }
    PDRectangle crop = page.getCropBox();
    int rotation = Math.floorMod(page.getRotation(), 360);
    List<Area> areas = new ArrayList<>();
    for (PDAnnotation annotation : annotations) {
      if (areas.size() >= MAX_LINKS_PER_PAGE) {
        break;
      }
      if (!(annotation instanceof PDAnnotationLink link)) {
        continue;
      }
      PDAction action = link.getAction();
      PDRectangle rect = link.getRectangle();
      if (!(action instanceof PDActionURI uriAction) || rect == null) {
        continue;
      }
      String uri = uriAction.getURI();
      if (uri == null || uri.isBlank() || uri.length() > maxUriChars) {
        continue;
      }
      areas.add(toDisplay(rect, crop, rotation, uri.strip()));
    }
    return List.copyOf(areas);
  }

  private static Area toDisplay(PDRectangle rect, PDRectangle crop, int rotation, String uri) {
    float x1 = rect.getLowerLeftX() - crop.getLowerLeftX();
    float x2 = rect.getUpperRightX() - crop.getLowerLeftX();
    float y1 = rect.getLowerLeftY() - crop.getLowerLeftY();
    float y2 = rect.getUpperRightY() - crop.getLowerLeftY();
    float w = crop.getWidth();
    float h = crop.getHeight();
    return switch (rotation) {
      case 90 -> area(y1, x1, y2, x2, uri);
      case 180 -> area(w - x1, y1, w - x2, y2, uri);
      case 270 -> area(h - y1, w - x1, h - y2, w - x2, uri);
      default -> area(x1, h - y1, x2, h - y2, uri);
    };
  }

  private static Area area(float xa, float ya, float xb, float yb, String uri) {
    return new Area(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb), uri);
  }
}
