package dev.vitae.parser.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The {@code Tf} operator as PDFBox's {@code SetFontAndSize} does it, except that fonts which
 * qualify are {@link DeferredType0Font}s, Type 3 fonts are {@link CheckedType3Font}s, and the
 * program of any other font passes the {@link Inflation} budget before PDFBox creates the font. One
 * instance per document: it keeps the fonts it made, so that a font dictionary is one font object,
 * as PDFBox's resource cache does.
 */
final class SetFontDeferred extends OperatorProcessor {
  // Widths all fonts of one document may give together: 16 fonts that each name every CID.
  static final int MAX_WIDTHS = 16 * FontBounds.MAX_CIDS;

  // Value null: a font PDFBox creates (and caches) itself.
  private final IdentityHashMap<COSDictionary, PDFont> fonts = new IdentityHashMap<>();
  private final Inflation inflation;
  private long widths;

  SetFontDeferred(PDFStreamEngine context, Inflation inflation) {
    super(context);
    this.inflation = inflation;
  }

  @Override
  public void process(Operator operator, List<COSBase> arguments) throws IOException {
    if (arguments.size() < 2) {
      throw new MissingOperandException(operator, arguments);
    }
    if (!(arguments.get(0) instanceof COSName name)
        || !(arguments.get(1) instanceof COSNumber size)) {
      return;
    }
    PDFStreamEngine context = getContext();
    context.getGraphicsState().getTextState().setFontSize(size.floatValue());
    // The size is set first so that a font that fails to load leaves PDFBox's default font.
    context.getGraphicsState().getTextState().setFont(font(context.getResources(), name));
  }

  private PDFont font(PDResources resources, COSName name) throws IOException {
    COSDictionary dictionaries = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (dictionaries != null
        && dictionaries.getDictionaryObject(name) instanceof COSDictionary dictionary) {
      if (!fonts.containsKey(dictionary)) {
        // Bounded before anyone reads the widths: PDFBox's own fonts and the deferred ones.
        widths += FontBounds.clip(dictionary);
        FontBounds.boundToUnicode(dictionary);
        if (widths > MAX_WIDTHS) {
          throw new LimitException("the fonts state more than " + MAX_WIDTHS + " glyph widths");
        }
        PDFont font = DeferredType0Font.find(dictionary, inflation);
        if (font == null && COSName.TYPE3.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
          font = new CheckedType3Font(dictionary, resources.getResourceCache(), inflation);
        } else if (font == null) {
          // PDFBox reads the font's program whole as it creates the font.
          inflation.checkFont(dictionary);
        }
        fonts.put(dictionary, font);
      }
      PDFont deferred = fonts.get(dictionary);
      if (deferred != null) {
        return deferred;
      }
    }
    return resources.getFont(name);
  }

  /** How many deferred fonts this document used, and how many of them PDFBox created after all. */
  int[] counts() {
    int used = 0;
    int created = 0;
    for (PDFont font : fonts.values()) {
      if (font instanceof DeferredType0Font deferred) {
        used++;
        if (deferred.created()) {
          created++;
        }
      }
    }
    return new int[] {used, created};
  }

  @Override
  public String getName() {
    return OperatorName.SET_FONT_AND_SIZE;
  }
}
