package dev.vitae.parser.pdf;

import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.ocr.OcrException;
import dev.vitae.parser.ocr.Tesseract;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one page to a grey image and reads it with tesseract. */
final class PageOcr {
  private static final float DPI = 300;
  // A Letter or A4 page at 300 dpi is under 9 megapixels; hostile page sizes are scaled down.
  private static final double MAX_PIXELS = 40e6;
  private static final double POINTS_PER_INCH = 72;

  private PageOcr() {}

  /** The lines tesseract reads on page {@code number} (from 1), indexed from 0. */
  static List<Line> read(PDDocument document, int number, Tesseract tesseract, ParseLimits limits)
      throws OcrException {
    byte[] png;
    try {
      png = render(document, number - 1);
    } catch (IOException | RuntimeException e) {
      throw new OcrException(
          "page could not be rendered: " + e.getClass().getSimpleName(), false, e);
    }
    return tesseract.readLines(png, number, limits);
  }

  private static byte[] render(PDDocument document, int index) throws IOException {
    PDRectangle box = document.getPage(index).getCropBox();
    double squareInches =
        Math.max(box.getWidth() / POINTS_PER_INCH * box.getHeight() / POINTS_PER_INCH, 1e-3);
    float dpi = (float) Math.min(DPI, Math.sqrt(MAX_PIXELS / squareInches));
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
