package dev.vitae.parser.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
            + (program ? " /FontFile2 9 0 R" : "")
            + " >>");
    objects.add(stream(toUnicode));
    // A TrueType header and nothing else: enough for the font to be deferred.
    objects.add(stream("\u0000\u0001\u0000\u0000\u0000\u0000"));
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
