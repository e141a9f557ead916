package dev.vitae.parser.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Small PDFs written byte by byte (no PDFBox on the writing side, so that a dictionary can say
 * anything): one page showing one code in a composite font whose dictionaries a test chooses.
 */
final class HostilePdfs {
  private static final String TO_UNICODE =
      """
      /CIDInit /ProcSet findresource begin 12 dict begin begincmap
      /CMapName /Test def /CMapType 2 def
      1 begincodespacerange <0000> <FFFF> endcodespacerange
      1 beginbfchar <0001> <0041> endbfchar
      endcmap CMapName currentdict /CMap defineresource pop end end
      """;

  private HostilePdfs() {}

  /**
   * A Type 0 font with an Identity-H encoding over a CIDFontType2 descendant.
   *
   * @param descendantExtra entries added to the descendant font dictionary ({@code /W [...]})
   * @param toUnicode the ToUnicode map's text
   * @param program whether the descriptor embeds a (TrueType-looking) font program, which makes the
   *     font one vitae defers; without one PDFBox creates it
   */
  static byte[] cidFont(String descendantExtra, String toUnicode, boolean program) {
    return cidFonts(1, descendantExtra, toUnicode, program);
  }

  /** {@code fonts} Type 0 fonts over the one descendant, each shown once. */
  static byte[] cidFonts(int fonts, String descendantExtra, String toUnicode, boolean program) {
    // A TrueType header and nothing else: enough for the font to be deferred.
    return cidFonts(
        fonts,
        descendantExtra,
        toUnicode,
        program ? stream("\u0000\u0001\u0000\u0000\u0000\u0000") : null);
  }

  /**
   * {@link #cidFont} whose descriptor embeds a TrueType header and then {@code zeros} zero bytes as
   * its /FontFile2, compressed by Flate {@code layers} times.
   */
  static byte[] cidFontInflating(long zeros, int layers) {
    InputStream program = new Padded(new byte[] {0, 1, 0, 0, 0, 0}, (byte) 0, zeros, new byte[0]);
    return cidFonts(1, "", TO_UNICODE, flateStream(program, layers, ""));
  }

  private static byte[] cidFonts(
      int fonts, String descendantExtra, String toUnicode, @Nullable String program) {
    StringBuilder names = new StringBuilder();
    StringBuilder shows = new StringBuilder();
    for (int i = 0; i < fonts; i++) {
      names.append(" /F").append(i).append(' ').append(10 + i).append(" 0 R");
      shows.append(" /F").append(i).append(" 12 Tf <0001> Tj");
    }
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font <<"
            + names
            + " >> >> /Contents 4 0 R >>");
    objects.add(stream("BT 72 700 Td" + shows + " <000100010001> Tj ET"));
    objects.add(
        "<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H"
            + " /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>");
    objects.add(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test"
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            + " /FontDescriptor 7 0 R "
            + descendantExtra
            + " >>");
    objects.add(
        "<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontBBox [0 -200 1000 800]"
            + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80"
            + (program != null ? " /FontFile2 9 0 R" : "")
            + " >>");
    objects.add(stream(toUnicode));
    objects.add(program != null ? program : stream(""));
    for (int i = 0; i < fonts; i++) {
      objects.add(objects.get(4));
    }
    return write(objects);
  }

  /** {@link #cidFonts} with a ToUnicode map that maps code 1 to {@code A}. */
  static byte[] cidFonts(int fonts, String descendantExtra, boolean program) {
    return cidFonts(fonts, descendantExtra, TO_UNICODE, program);
  }

  /** {@link #cidFont} with a ToUnicode map that maps code 1 to {@code A}. */
  static byte[] cidFont(String descendantExtra, boolean program) {
    return cidFont(descendantExtra, TO_UNICODE, program);
  }

  /** A ToUnicode map whose only entries are {@code entries} (cmap operators and operands). */
  static String toUnicode(String entries) {
    return """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CMapName /Test def /CMapType 2 def
        1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange
        """
        + entries
        + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
  }

  /** Where {@link #inflating} puts its compressed stream. */
  enum Where {
    /** The page's content stream. */
    CONTENTS,
    /** A form XObject the page draws. */
    FORM,
    /** An object nothing refers to; the page shows its text itself. */
    UNREFERENCED
  }

  /**
   * One page in Helvetica whose content stream is {@code spaces} spaces and then a line of text,
   * compressed by Flate {@code layers} times (two layers make a 300 MB stream a few kilobytes).
   */
  static byte[] inflating(long spaces, int layers) {
    return inflating(spaces, layers, Where.CONTENTS);
  }

  /** {@link #inflating(long, int)} with the compressed stream {@code where}. */
  static byte[] inflating(long spaces, int layers, Where where) {
    String kind = where == Where.FORM ? " /Type /XObject /Subtype /Form /BBox [0 0 612 792]" : "";
    String compressed = flateStream(spaceThenText(new byte[0], spaces), layers, kind);
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 5 0 R >>"
            + (where == Where.FORM ? " /XObject << /X1 6 0 R >>" : "")
            + " >> /Contents 4 0 R >>");
    objects.add(
        switch (where) {
          case CONTENTS -> compressed;
          case FORM -> stream("/X1 Do");
          case UNREFERENCED -> stream("BT /F1 12 Tf 72 700 Td (Jordan Example) Tj ET");
        });
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    if (where != Where.CONTENTS) {
      objects.add(compressed);
    }
    return write(objects);
  }

  /**
   * One page in Helvetica whose font dictionary sits in an object stream that is the dictionary and
   * then {@code spaces} spaces, compressed by Flate twice; the file's cross-reference table is a
   * stream, as object streams need.
   */
  static byte[] inflatingObjectStream(long spaces) {
    byte[] head =
        "5 0 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
            .getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    append(out, "%PDF-1.7\n");
    long[] offsets = new long[8];
    String[] objects = {
      null,
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
          + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
      stream("BT /F1 12 Tf 72 700 Td (Jordan Example) Tj ET"),
      null,
      flateStream(spaceThenText(head, spaces), 2, " /Type /ObjStm /N 1 /First 4")
    };
    for (int i = 1; i < objects.length; i++) {
      if (objects[i] != null) {
        offsets[i] = out.size();
        append(out, i + " 0 obj\n" + objects[i] + "\nendobj\n");
      }
    }
    offsets[7] = out.size();
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    for (int i = 0; i < 8; i++) {
      // type, then 4 bytes of offset (or object stream number), then 2 of generation (or index)
      int type = i == 0 ? 0 : i == 5 ? 2 : 1;
      long field = i == 5 ? 6 : offsets[i];
      entries.write(type);
      for (int shift = 24; shift >= 0; shift -= 8) {
        entries.write((int) (field >>> shift) & 0xFF);
      }
      entries.write(i == 0 ? 0xFF : 0);
      entries.write(i == 0 ? 0xFF : 0);
    }
    String table = new String(entries.toByteArray(), StandardCharsets.ISO_8859_1);
    append(
        out,
        "7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length "
            + table.length()
            + " >>\nstream\n"
            + table
            + "\nendstream\nendobj\nstartxref\n"
            + offsets[7]
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  /**
   * One page showing {@code A} in a Type 3 font whose glyph procedure for it is {@code spaces}
   * spaces after its {@code d0}, compressed by Flate twice.
   *
   * @param emptyBox whether the font's /FontBBox is all zeros (PDFBox then measures every glyph)
   * @param widths whether the font states the glyph's width (else PDFBox reads the procedure)
   */
  static byte[] type3Inflating(long spaces, boolean emptyBox, boolean widths) {
    byte[] d0 = "500 0 d0".getBytes(StandardCharsets.US_ASCII);
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
    objects.add(stream("BT /F1 12 Tf 72 700 Td (A) Tj ET"));
    objects.add(
        "<< /Type /Font /Subtype /Type3"
            + (emptyBox ? " /FontBBox [0 0 0 0]" : " /FontBBox [0 -200 1000 800]")
            + " /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /A 6 0 R >>"
            + " /Encoding << /Type /Encoding /Differences [65 /A] >>"
            + (widths ? " /FirstChar 65 /LastChar 65 /Widths [500]" : "")
            + " >>");
    objects.add(flateStream(spaceThenText(d0, spaces), 2, ""));
    return write(objects);
  }

  /**
   * One page in Helvetica whose resources hold, in an object of their own, an array of {@code
   * numbers} real numbers: nothing draws them, but loading the resources parses them all.
   */
  static byte[] heavyResources(int numbers) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 5 0 R >> /Properties << /P0 6 0 R >> >>"
            + " /Contents 4 0 R >>");
    objects.add(stream("BT /F1 12 Tf 72 700 Td (Jordan Example) Tj ET"));
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    objects.add("<< /Values [" + "1.5 ".repeat(numbers) + "] >>");
    return write(objects);
  }

  /**
   * One page in Helvetica whose Flate content stream shows a line of text {@code times} times, each
   * a little lower: a few kilobytes that make PDFBox allocate for every glyph shown.
   */
  static byte[] showing(int times) {
    String content =
        "BT /F1 12 Tf 72 700 Td\n"
            + "(Experience at Acme Corporation 2020) Tj 0 -0.01 Td\n".repeat(times)
            + "ET";
    String data =
        new String(
            deflate(new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))),
            StandardCharsets.ISO_8859_1);
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
    objects.add(
        "<< /Length "
            + data.length()
            + " /Filter /FlateDecode >>\nstream\n"
            + data
            + "\nendstream");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    return write(objects);
  }

  /** One page of Helvetica text in a page tree that claims {@code count} pages. */
  static byte[] claimingPages(String count) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
    objects.add(stream("BT /F1 12 Tf 72 700 Td (Jordan Example) Tj ET"));
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    return write(objects);
  }

  private static byte[] deflate(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream zip =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      in.transferTo(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // `spaces` spaces, then a text object, without holding them in memory.
  /**
   * A stream object of {@code data} compressed by Flate {@code layers} times (a lone filter name
   * for one layer, an array for more), with {@code entries} added to its dictionary.
   */
  private static String flateStream(InputStream data, int layers, String entries) {
    byte[] bytes = deflate(data);
    for (int i = 1; i < layers; i++) {
      bytes = deflate(new ByteArrayInputStream(bytes));
    }
    String filter =
        layers == 1 ? "/FlateDecode" : "[" + " /FlateDecode".repeat(layers).strip() + "]";
    String content = new String(bytes, StandardCharsets.ISO_8859_1);
    return "<< /Length "
        + content.length()
        + entries
        + " /Filter "
        + filter
        + " >>\nstream\n"
        + content
        + "\nendstream";
  }

  // head, then {@code spaces} spaces, then a line of text in /F1.
  private static InputStream spaceThenText(byte[] head, long spaces) {
    return new Padded(
        head,
        (byte) ' ',
        spaces,
        " BT /F1 12 Tf 72 700 Td (Jordan Example) Tj ET".getBytes(StandardCharsets.US_ASCII));
  }

  // A head, then count copies of one byte, then a tail, without holding the copies in memory.
  private static final class Padded extends InputStream {
    private final byte[] head;
    private final byte fill;
    private final byte[] tail;
    private long left;
    private int at;

    Padded(byte[] head, byte fill, long count, byte[] tail) {
      this.head = head;
      this.fill = fill;
      this.left = count;
      this.tail = tail;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at < head.length) {
        int n = Math.min(len, head.length - at);
        System.arraycopy(head, at, b, off, n);
        at += n;
        return n;
      }
      if (left > 0) {
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, fill);
        left -= n;
        return n;
      }
      int from = at - head.length;
      if (from >= tail.length) {
        return -1;
      }
      int n = Math.min(len, tail.length - from);
      System.arraycopy(tail, from, b, off, n);
      at += n;
      return n;
    }
  }

  private static String stream(String data) {
    return "<< /Length " + data.length() + " >>\nstream\n" + data + "\nendstream";
  }

  // Latin-1 throughout, so that a string's chars are the file's bytes.
  private static byte[] write(List<String> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    append(out, "%PDF-1.7\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      append(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    append(out, table.toString());
    return out.toByteArray();
  }

  private static void append(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
