package dev.vitae.parser.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * A composite font (Type 0, Identity-H, embedded TrueType descendant with a ToUnicode map) whose
 * font program is parsed only when something asks for what only the program knows.
 *
 * <p>Why: PDFBox 3.0's {@code PDCIDFontType2} parses every table of the embedded TrueType program
 * when the font is created, including the full character map of fonts embedded whole (a CJK font
 * maps tens of thousands of characters). That was about a fifth of the time of a raw PDFBox text
 * pull over resumes, and text extraction of such a font needs none of it: codes come from the
 * Identity-H map, Unicode from the ToUnicode map, widths from {@code /W} and {@code /DW}, and the
 * glyph height from the descriptor's bounding box. This class answers those from the font
 * dictionary with PDFBox's own rules (the code paths of {@link PDType0Font}, {@code PDCIDFont} and
 * {@code PDCIDFontType2} in 3.0.8), and hands every other question to the {@link PDType0Font}
 * PDFBox would have made, created on first need: a code the ToUnicode map lacks, the width of a
 * space the map does not name, outlines, embedding. The text PDFBox extracts with it is the text it
 * extracts without it ({@code DeferredType0FontTest} compares glyph by glyph), with one difference
 * by design: the width of a space the map does not name is read from the program's own metrics
 * ({@link TrueTypeMetrics}), also when the program is broken elsewhere and PDFBox would measure a
 * substitute font.
 *
 * <p>Only fonts whose dictionary settles everything PDFBox would do when creating them qualify
 * ({@link #find}); the rest are created by PDFBox as before. Not thread-safe, like PDFBox's fonts:
 * one instance belongs to one document.
 */
final class DeferredType0Font extends PDFont {
  private static final COSName W2 = COSName.getPDFName("W2");
  private static final byte[][] TRUETYPE_HEADERS = {
    {0, 1, 0, 0}, {'t', 'r', 'u', 'e'}, {'O', 'T', 'T', 'O'}
  };

  private static @Nullable CMap identityH;

  private final CMap encoding;
  private final COSDictionary descendant;
  private final COSStream program;
  private final Inflation inflation;
  private final PDFontDescriptor descriptor;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final Matrix fontMatrix = new Matrix(0.001f, 0, 0, 0.001f, 0, 0);
  private float defaultWidth;
  private float averageWidth;
  private @Nullable BoundingBox boundingBox;
  private @Nullable PDType0Font font;
  private @Nullable TrueTypeMetrics metrics;
  private boolean metricsRead;

  private DeferredType0Font(
      COSDictionary dictionary,
      CMap encoding,
      COSDictionary descendant,
      COSDictionary descriptor,
      COSStream program,
      Inflation inflation) {
    super(dictionary);
    this.inflation = inflation;
    this.encoding = encoding;
    this.descendant = descendant;
    this.program = program;
    this.descriptor = new PDFontDescriptor(descriptor);
    readWidths();
  }

  /**
   * A deferred font for {@code dictionary}, or null when it does not qualify and PDFBox should
   * create the font itself. Qualifying needs: subtype Type0 with encoding /Identity-H and a
   * ToUnicode map that parses; one CIDFontType2 descendant without vertical metrics ({@code /W2})
   * or a CIDToGIDMap stream; its descriptor with a non-empty /FontBBox and an embedded /FontFile2
   * whose first bytes say TrueType or OpenType (PDFBox reads the same bytes to choose the font
   * class) and that is stored plain or under one Flate filter, which is read only as far as needed.
   * {@code inflation} checks the program before PDFBox creates the font, if it ever does.
   *
   * @throws IOException when PDFBox cannot load its own Identity-H map (a broken installation)
   */
  static @Nullable PDFont find(COSDictionary dictionary, Inflation inflation) throws IOException {
    if (!COSName.TYPE0.equals(dictionary.getCOSName(COSName.SUBTYPE))
        || !COSName.FONT.equals(dictionary.getCOSName(COSName.TYPE, COSName.FONT))
        || dictionary.getDictionaryObject(COSName.ENCODING) != COSName.IDENTITY_H
        || dictionary.getDictionaryObject(COSName.TO_UNICODE) == null
        || dictionary.containsKey(COSName.FONT_DESC)) {
      return null;
    }
    COSArray descendants = dictionary.getCOSArray(COSName.DESCENDANT_FONTS);
    if (descendants == null
        || descendants.size() == 0
        || !(descendants.getObject(0) instanceof COSDictionary descendant)
        || !COSName.FONT.equals(descendant.getCOSName(COSName.TYPE, COSName.FONT))
        || !COSName.CID_FONT_TYPE2.equals(descendant.getCOSName(COSName.SUBTYPE))
        || descendant.containsKey(W2)
        || descendant.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream) {
      return null;
    }
    COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
    if (descriptor == null
        || descriptor.containsKey(COSName.FONT_FILE)
        || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream program)
        || !TrueTypeMetrics.Prefix.decodesAsItGoes(program)
        || !hasArea(new PDFontDescriptor(descriptor).getFontBoundingBox())
        || !isTrueType(header(program))) {
      return null;
    }
    DeferredType0Font font =
        new DeferredType0Font(dictionary, identityH(), descendant, descriptor, program, inflation);
    return font.getToUnicodeCMap() != null ? font : null;
  }

  // PDFBox's CMapManager, which caches the predefined maps, is not public: the same map, parsed
  // once by the same parser and shared read-only, as PDFBox shares its own.
  private static synchronized CMap identityH() throws IOException {
    if (identityH == null) {
      identityH = new CMapParser().parsePredefined(COSName.IDENTITY_H.getName());
    }
    return identityH;
  }

  private static boolean hasArea(PDRectangle box) {
    return box != null
        && (Float.compare(box.getLowerLeftX(), 0) != 0
            || Float.compare(box.getLowerLeftY(), 0) != 0
            || Float.compare(box.getUpperRightX(), 0) != 0
            || Float.compare(box.getUpperRightY(), 0) != 0);
  }

  private static boolean isTrueType(byte @Nullable [] header) {
    // Not left to Arrays.equals: Jazzer's hook on it crashes the JVM on a null array.
    if (header == null) {
      return false;
    }
    for (byte[] expected : TRUETYPE_HEADERS) {
      if (Arrays.equals(expected, header)) {
        return true;
      }
    }
    return false;
  }

  // The program's first four bytes, null when unreadable (PDFBox then logs and goes on, as it will
  // when it creates the font). PDFBox decodes the whole stream to read them, which for a whole
  // embedded CJK font is megabytes; here a Flate stream is decoded only that far.
  private static byte @Nullable [] header(COSStream program) {
    try (TrueTypeMetrics.Prefix data = TrueTypeMetrics.Prefix.of(program)) {
      return data.header();
    } catch (IOException e) {
      return null;
    }
  }

  // PDCIDFont.readWidths: "c [w1 w2 ...]" and "c_first c_last w" entries, in the same order into
  // a HashMap, so that the average width sums the same floats in the same order.
  private void readWidths() {
    COSArray array = descendant.getCOSArray(COSName.W);
    if (array == null) {
      return;
    }
    int size = array.size();
    int at = 0;
    while (at < size - 1) {
      if (!(array.getObject(at++) instanceof COSNumber first)) {
        continue;
      }
      COSBase next = array.getObject(at++);
      if (next instanceof COSArray run) {
        int start = first.intValue();
        for (int i = 0; i < run.size(); i++) {
          if (run.getObject(i) instanceof COSNumber width) {
            widths.put(start + i, width.floatValue());
          }
        }
      } else {
        if (at >= size) {
          break;
        }
        COSBase widthBase = array.getObject(at++);
        if (next instanceof COSNumber last && widthBase instanceof COSNumber width) {
          float value = width.floatValue();
          // FontBounds clipped the ranges already; a font made without it stays bounded too.
          int to = Math.min(last.intValue(), FontBounds.MAX_CID);
          for (int cid = Math.max(first.intValue(), 0); cid <= to; cid++) {
            widths.put(cid, value);
          }
        }
      }
    }
  }

  private PDType0Font font() throws IOException {
    if (font == null) {
      inflation.checkFont(getCOSObject());
      font = (PDType0Font) PDFontFactory.createFont(getCOSObject());
    }
    return font;
  }

  private PDType0Font fontUnchecked() {
    try {
      return font();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int codeToCid(int code) {
    return encoding.toCID(code);
  }

  private float defaultWidth() {
    if (Float.compare(defaultWidth, 0) == 0) {
      defaultWidth =
          descendant.getDictionaryObject(COSName.DW) instanceof COSNumber number
              ? number.floatValue()
              : 1000;
    }
    return defaultWidth;
  }

  @Override
  public String getName() {
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return descriptor;
  }

  @Override
  public Matrix getFontMatrix() {
    return fontMatrix;
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return encoding.readCode(in);
  }

  @Override
  public float getWidth(int code) {
    Float width = widths.get(codeToCid(code));
    return width != null ? width : defaultWidth();
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return widths.get(codeToCid(code)) != null;
  }

  @Override
  public float getAverageFontWidth() {
    if (Float.compare(averageWidth, 0) == 0) {
      float total = 0;
      int count = 0;
      for (Float width : widths.values()) {
        if (width > 0) {
          total += width;
          count++;
        }
      }
      if (count != 0) {
        averageWidth = total / count;
      }
      if (averageWidth <= 0 || Float.isNaN(averageWidth)) {
        averageWidth = defaultWidth();
      }
    }
    return averageWidth;
  }

  @Override
  public BoundingBox getBoundingBox() {
    if (boundingBox == null) {
      PDRectangle box = descriptor.getFontBoundingBox();
      boundingBox =
          new BoundingBox(
              box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
    }
    return boundingBox;
  }

  @Override
  public String toUnicode(int code) {
    String unicode = super.toUnicode(code);
    return unicode != null ? unicode : fontUnchecked().toUnicode(code);
  }

  @Override
  public boolean isStandard14() {
    return false;
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("not supported");
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    // PDFBox asks this of every font whose ToUnicode map names no space (its space width).
    if (font == null) {
      if (!metricsRead) {
        metricsRead = true;
        metrics = TrueTypeMetrics.read(program);
      }
      if (metrics != null) {
        return metrics.width(codeToCid(code));
      }
    }
    return font().getWidthFromFont(code);
  }

  @Override
  @Deprecated // PDFont still declares it, so a font must answer it
  public float getHeight(int code) throws IOException {
    return font().getHeight(code);
  }

  @Override
  public Vector getPositionVector(int code) {
    return fontUnchecked().getPositionVector(code);
  }

  @Override
  public boolean isEmbedded() {
    return fontUnchecked().isEmbedded();
  }

  @Override
  public boolean isDamaged() {
    return fontUnchecked().isDamaged();
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    return font().encode(new String(Character.toChars(unicode)));
  }

  @Override
  public void addToSubset(int codePoint) {
    throw new IllegalStateException("This font was created with subsetting disabled");
  }

  @Override
  public void subset() {
    throw new IllegalStateException("This font was created with subsetting disabled");
  }

  @Override
  public boolean willBeSubset() {
    return false;
  }

  /** Whether PDFBox had to create the font after all (for tests and measurements). */
  boolean created() {
    return font != null;
  }
}
