package dev.vitae.parser.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.jspecify.annotations.Nullable;

/**
 * A Type 3 font whose glyph procedures pass the {@link Inflation} budget right before PDFBox reads
 * one. Text extraction reads a procedure only to measure a glyph the font's /Widths lack, and all
 * of them only when the font's /FontBBox is empty; browser-printed CJK text comes in Type 3 fonts
 * of hundreds of procedures, none of which is read otherwise, so checking them all up front cost a
 * tenth of the time of reading such a PDF.
 */
final class CheckedType3Font extends PDType3Font {
  private final Inflation inflation;
  private boolean boxChecked;

  CheckedType3Font(COSDictionary dictionary, @Nullable ResourceCache cache, Inflation inflation)
      throws IOException {
    super(dictionary, cache);
    this.inflation = inflation;
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    PDType3CharProc procedure = getCharProc(code);
    if (procedure != null) {
      inflation.checkStream(procedure.getCOSObject());
    }
    return super.getWidthFromFont(code);
  }

  @Override
  public BoundingBox getBoundingBox() {
    if (!boxChecked) {
      boxChecked = true;
      PDRectangle box = getFontBBox();
      COSDictionary procedures = getCharProcs();
      // PDFBox measures every glyph when the box is there but empty.
      if (box != null && isEmpty(box) && procedures != null) {
        try {
          for (COSName name : procedures.keySet()) {
            COSBase procedure = procedures.getDictionaryObject(name);
            if (procedure != null) {
              inflation.checkStream(procedure);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return super.getBoundingBox();
  }

  private static boolean isEmpty(PDRectangle box) {
    return Float.compare(box.getLowerLeftX(), 0) == 0
        && Float.compare(box.getLowerLeftY(), 0) == 0
        && Float.compare(box.getUpperRightX(), 0) == 0
        && Float.compare(box.getUpperRightY(), 0) == 0;
  }
}
