package dev.vitae.parser.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.testdata.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeferredType0FontTest {
  // PDFBox's own fallback font: a whole TrueType font (2048 units per em, full character map).
  private static final String LIBERATION =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final List<String> LINES = List.of("Jane Doe", "Senior Engineer, Acme Corp.");

  /** What PDFBox's text stripper makes of a PDF, glyph by glyph, and the fonts it deferred. */
  private record Stripped(String glyphs, String text, int deferred, int created) {}

  private static final class Glyphs extends PDFTextStripper {
    private final StringBuilder glyphs = new StringBuilder();

    @Override
    protected void processTextPosition(TextPosition text) {
      glyphs
          .append(text.getUnicode())
          .append(Arrays.toString(text.getCharacterCodes()))
          .append(' ')
          .append(text.getFont().getName())
          .append(' ')
          .append(text.getTextMatrix())
          .append(List.of(text.getX(), text.getY(), text.getWidth(), text.getHeight()))
          .append(List.of(text.getWidthOfSpace(), text.getFontSize(), text.getFontSizeInPt()))
          .append('\n');
      super.processTextPosition(text);
    }
  }

  private static Stripped strip(byte[] pdf, boolean defer) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Glyphs glyphs = new Glyphs();
      SetFontDeferred fonts =
          new SetFontDeferred(glyphs, Inflation.check(document, Integer.MAX_VALUE));
      if (defer) {
        glyphs.addOperator(fonts);
      }
      String text = glyphs.getText(document);
      int[] counts = fonts.counts();
      return new Stripped(glyphs.glyphs.toString(), text, counts[0], counts[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // PDFBox's text with deferred fonts is its text without them; returns the deferred strip.
  private static Stripped assertSameText(byte[] pdf) {
    return assertSameText(pdf, true);
  }

  private static Stripped assertSameText(byte[] pdf, boolean hasGlyphs) {
    Stripped plain = strip(pdf, false);
    Stripped deferred = strip(pdf, true);
    assertEquals(plain.glyphs(), deferred.glyphs());
    assertEquals(plain.text(), deferred.text());
    // Checked so that the comparison is never between two empty strips by accident.
    assertEquals(hasGlyphs, !plain.glyphs().isEmpty());
    return deferred;
  }

  static Stream<String> wildPdfs() {
    return wildPdfRows().map(row -> row[0]);
  }

  // The PDF rows of SOURCES.tsv, split into columns (the last holds the layout notes).
  private static Stream<String[]> wildPdfRows() {
    String sources = new String(TestData.bytes("corpus/wild/SOURCES.tsv"), StandardCharsets.UTF_8);
    return sources.lines().map(line -> line.split("\t")).filter(row -> row[0].endsWith(".pdf"));
  }

  static Stream<Arguments> wildPdfsWithTextLayer() {
    // "NO TEXT LAYER": every glyph is drawn as outlines, so there is no text to compare.
    return wildPdfRows()
        .map(row -> Arguments.of(row[0], !row[row.length - 1].contains("NO TEXT LAYER")));
  }

  @ParameterizedTest
  @MethodSource("wildPdfsWithTextLayer")
  void extractsWhatPdfBoxExtractsFromRealResumes(String name, boolean hasGlyphs) {
    assertSameText(TestData.bytes("corpus/wild/" + name), hasGlyphs);
  }

  @Test
  void realResumesHaveFontsThatNeedNoProgram() {
    int deferred = 0;
    int created = 0;
    for (String name : wildPdfs().toList()) {
      Stripped stripped = strip(TestData.bytes("corpus/wild/" + name), true);
      deferred += stripped.deferred();
      created += stripped.created();
    }
    // Word, Chrome and XeTeX output: the reason for the class. Most never need their program.
    assertTrue(deferred >= 10, "deferred fonts: " + deferred);
    assertTrue(created * 4 < deferred, created + " of " + deferred + " created after all");
  }

  @Test
  void aWholeEmbeddedFontIsNeverParsed() {
    Stripped stripped = assertSameText(pdf(false, LINES, dictionary -> {}));
    assertEquals(1, stripped.deferred());
    assertEquals(0, stripped.created());
  }

  @Test
  void aSpaceTheToUnicodeMapLacksIsMeasuredFromTheProgramsMetrics() {
    // Words placed apart draw no space glyph, and this map has only what is drawn: PDFBox then
    // measures glyph 32 of the program for its space width.
    List<String> words = List.of("Jane", "Doe", "Engineer");
    byte[] pdf =
        pdf(false, words, font -> font.setItem(COSName.TO_UNICODE, toUnicode(font, words)));
    Stripped stripped = assertSameText(pdf);
    assertEquals(0, stripped.created());
  }

  @Test
  void codesTheToUnicodeMapLacksAreDecodedByPdfBox() {
    // Without "e" in the map PDFBox decodes it from the program's own character map.
    List<String> words = List.of("Jan", "Do", "Acm");
    byte[] pdf =
        pdf(false, LINES, font -> font.setItem(COSName.TO_UNICODE, toUnicode(font, words)));
    Stripped stripped = assertSameText(pdf);
    assertTrue(stripped.text().contains("Jane Doe"), stripped.text());
    assertEquals(1, stripped.created());
  }

  @Test
  void glyphsWithoutWidthsTakeTheDefaultWidth() {
    // /W for the first glyphs only: the rest take /DW, or 1000 without it.
    Consumer<COSDictionary> fewWidths =
        font -> {
          COSArray widths = new COSArray();
          widths.add(COSInteger.get(0));
          widths.add(COSInteger.get(40));
          widths.add(COSInteger.get(600));
          descendant(font).setItem(COSName.W, widths);
        };
    assertEquals(1, assertSameText(pdf(false, LINES, fewWidths)).deferred());
    Stripped withDefault =
        assertSameText(
            pdf(false, LINES, fewWidths.andThen(font -> descendant(font).setInt(COSName.DW, 480))));
    assertEquals(1, withDefault.deferred());
  }

  @Test
  void aBrokenProgramIsLeftToPdfBox() {
    // Cut inside its tables: the metrics cannot be read, PDFBox marks the font damaged and measures
    // a substitute, and so does the deferred font.
    List<String> words = List.of("Jane", "Doe");
    byte[] pdf =
        pdf(
            false,
            words,
            font -> {
              font.setItem(COSName.TO_UNICODE, toUnicode(font, words));
              COSStream program = program(font);
              byte[] bytes = read(program);
              write(program, Arrays.copyOf(bytes, 2000), true);
            });
    Stripped stripped = assertSameText(pdf);
    assertEquals(1, stripped.created());
  }

  @Test
  void fontsThatPdfBoxCreatesDifferentlyAreNotDeferred() {
    // A subset has a CIDToGIDMap stream; the rest change what PDFBox would do on creation.
    assertEquals(0, assertSameText(pdf(true, LINES, font -> {})).deferred());
    assertNotDeferred(font -> font.setItem(COSName.ENCODING, COSName.IDENTITY_V));
    assertNotDeferred(font -> font.removeItem(COSName.TO_UNICODE));
    assertNotDeferred(font -> font.setItem(COSName.FONT_DESC, descriptor(font)));
    assertNotDeferred(font -> descendant(font).setItem(COSName.getPDFName("W2"), new COSArray()));
    assertNotDeferred(font -> descriptor(font).removeItem(COSName.FONT_BBOX));
    assertNotDeferred(font -> descriptor(font).setItem(COSName.FONT_BBOX, new PDRectangle()));
    // Programs whose first bytes say Type 1 or CFF: PDFBox makes the descendant a CIDFontType0.
    assertNotDeferred(font -> write(program(font), "%!PS-AdobeFont-1.0".getBytes(UTF_8), false));
    assertNotDeferred(font -> write(program(font), new byte[] {1, 0, 4, 2, 0, 0}, true));
  }

  private static void assertNotDeferred(Consumer<COSDictionary> change) {
    Stripped stripped = assertSameText(pdf(false, LINES, change));
    assertEquals(0, stripped.deferred());
  }

  @Test
  void readsTheMetricsFontboxReads() throws IOException {
    byte[] liberation = resource(LIBERATION);
    for (boolean compressed : new boolean[] {true, false}) {
      COSStream stream = new COSStream();
      write(stream, liberation, compressed);
      TrueTypeMetrics metrics = TrueTypeMetrics.read(stream);
      try (TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(liberation))) {
        assertEquals(2048, font.getUnitsPerEm());
        for (int cid = 0; cid < font.getNumberOfGlyphs() + 20; cid++) {
          int glyph = cid < font.getNumberOfGlyphs() ? cid : 0;
          float expected = font.getAdvanceWidth(glyph) * (1000f / font.getUnitsPerEm());
          assertEquals(expected, metrics.width(cid), "cid " + cid);
        }
      }
    }
  }

  @Test
  void readsNoMetricsOfAProgramCutShort() {
    byte[] liberation = resource(LIBERATION);
    // Its four tables end at byte 11,016 (hmtx); the table directory ends at byte 316.
    for (int length : new int[] {0, 3, 11, 100, 316, 2000, 11_015}) {
      COSStream stream = new COSStream();
      write(stream, Arrays.copyOf(liberation, length), true);
      assertEquals(null, TrueTypeMetrics.read(stream), "cut at " + length);
    }
  }

  @Test
  void readsTheMetricsFontboxReadsInAnyTableOrder() throws IOException {
    // Fewer metrics than glyphs (the last width repeats), 1000 units per em, glyph ids past the
    // glyph count (glyph 0), and the tables in file order or reversed (head last).
    int[] advances = {500, 0, 610, 270, 1000};
    List<List<String>> orders =
        List.of(
            List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf"),
            List.of("glyf", "loca", "hmtx", "maxp", "hhea", "head"));
    for (List<String> tables : orders) {
      for (int unitsPerEm : new int[] {1000, 2048}) {
        byte[] program = TrueTypeFile.of(unitsPerEm, 9, advances, tables, true);
        COSStream stream = new COSStream();
        write(stream, program, true);
        TrueTypeMetrics metrics = TrueTypeMetrics.read(stream);
        try (TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
          for (int cid = 0; cid < 12; cid++) {
            int glyph = cid < font.getNumberOfGlyphs() ? cid : 0;
            float expected = font.getAdvanceWidth(glyph);
            if (unitsPerEm != 1000) {
              expected *= 1000f / unitsPerEm;
            }
            assertEquals(expected, metrics.width(cid), tables + " cid " + cid);
          }
        }
        // Cut inside its last table: no metrics when that is one of the four.
        COSStream cut = new COSStream();
        write(cut, Arrays.copyOf(program, program.length - 1), true);
        assertEquals(tables.get(5).equals("head"), TrueTypeMetrics.read(cut) == null);
      }
    }
  }

  @Test
  void readsFontboxsWidthOfAFontWithoutMetrics() throws IOException {
    List<String> order = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf");
    byte[] program = TrueTypeFile.of(1000, 3, new int[0], order, true);
    COSStream stream = new COSStream();
    write(stream, program, false);
    try (TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
      assertEquals(font.getAdvanceWidth(1), TrueTypeMetrics.read(stream).width(1));
    }
  }

  @Test
  void readsNoMetricsOfAProgramFontboxRejects() {
    // An empty glyph index: fontbox drops the table, then fails for want of it.
    List<String> order = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf");
    byte[] program = TrueTypeFile.of(1000, 3, new int[] {500}, order, false);
    assertThrows(
        IOException.class, () -> new TTFParser(true).parse(new RandomAccessReadBuffer(program)));
    COSStream stream = new COSStream();
    write(stream, program, false);
    assertEquals(null, TrueTypeMetrics.read(stream));
  }

  // A one-page PDF of `lines` in LiberationSans as a Type 0 font, its dictionary then changed.
  private static byte[] pdf(boolean subset, List<String> lines, Consumer<COSDictionary> change) {
    try (PDDocument document = new PDDocument();
        InputStream in = DeferredType0FontTest.class.getResourceAsStream(LIBERATION)) {
      PDType0Font font = PDType0Font.load(document, in, subset);
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(line.length() * 7f, -2);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
        COSDictionary resources = saved.getPage(0).getResources().getCOSObject();
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        change.accept((COSDictionary) fonts.getDictionaryObject(fonts.keySet().iterator().next()));
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        saved.save(changed);
        return changed.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A ToUnicode map of the glyphs of `words` only.
  private static COSStream toUnicode(COSDictionary font, List<String> words) {
    StringBuilder chars = new StringBuilder();
    try {
      PDType0Font type0 = new PDType0Font(font);
      String letters =
          String.join("", words)
              .chars()
              .distinct()
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
              .toString();
      for (int i = 0; i < letters.length(); i++) {
        char c = letters.charAt(i);
        chars
            .append('<')
            .append(HexFormat.of().formatHex(type0.encode(String.valueOf(c))))
            .append("> <")
            .append(String.format("%04x", (int) c))
            .append(">\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CMapName /Test-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + chars.toString().lines().count()
            + " beginbfchar\n"
            + chars
            + "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    COSStream stream = new COSStream();
    write(stream, cmap.getBytes(StandardCharsets.US_ASCII), false);
    return stream;
  }

  /** A TrueType program of empty glyphs with the given metrics and table order. */
  private static final class TrueTypeFile {
    static byte[] of(
        int unitsPerEm, int glyphs, int[] advances, List<String> order, boolean withIndex) {
      Map<String, byte[]> tables = new HashMap<>();
      ByteBuffer head = ByteBuffer.allocate(54);
      head.putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5);
      head.putShort((short) 0).putShort((short) unitsPerEm);
      tables.put("head", head.array());
      ByteBuffer hhea = ByteBuffer.allocate(36);
      hhea.putInt(0x00010000).putShort((short) 800).putShort((short) -200);
      hhea.putShort(34, (short) advances.length);
      tables.put("hhea", hhea.array());
      tables.put(
          "maxp", ByteBuffer.allocate(6).putInt(0x00005000).putShort((short) glyphs).array());
      ByteBuffer hmtx = ByteBuffer.allocate(4 * advances.length + 2 * (glyphs - advances.length));
      for (int advance : advances) {
        hmtx.putShort((short) advance).putShort((short) 10);
      }
      tables.put("hmtx", hmtx.array());
      tables.put("loca", new byte[withIndex ? 2 * (glyphs + 1) : 0]);
      tables.put("glyf", new byte[4]);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer directory = ByteBuffer.allocate(12 + 16 * order.size());
      directory
          .putInt(0x00010000)
          .putShort((short) order.size())
          .putShort((short) 0)
          .putShort((short) 0)
          .putShort((short) 0);
      int offset = directory.capacity();
      for (String tag : order.stream().sorted().toList()) {
        int at = 0;
        for (String earlier : order.subList(0, order.indexOf(tag))) {
          at += tables.get(earlier).length;
        }
        directory
            .put(tag.getBytes(StandardCharsets.US_ASCII))
            .putInt(0)
            .putInt(offset + at)
            .putInt(tables.get(tag).length);
      }
      out.writeBytes(directory.array());
      for (String tag : order) {
        out.writeBytes(tables.get(tag));
      }
      return out.toByteArray();
    }
  }

  private static COSDictionary descendant(COSDictionary font) {
    return (COSDictionary) font.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
  }

  private static COSDictionary descriptor(COSDictionary font) {
    return descendant(font).getCOSDictionary(COSName.FONT_DESC);
  }

  private static COSStream program(COSDictionary font) {
    return descriptor(font).getCOSStream(COSName.FONT_FILE2);
  }

  private static byte[] read(COSStream stream) {
    try (InputStream in = stream.createInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(COSStream stream, byte[] bytes, boolean compressed) {
    try (OutputStream out = stream.createOutputStream(compressed ? COSName.FLATE_DECODE : null)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = DeferredType0FontTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
