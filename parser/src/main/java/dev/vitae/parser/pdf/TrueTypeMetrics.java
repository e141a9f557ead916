package dev.vitae.parser.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.jspecify.annotations.Nullable;

/**
 * The horizontal metrics of an embedded TrueType program, read from its {@code head}, {@code maxp},
 * {@code hhea} and {@code hmtx} tables only, by fontbox's rules (3.0.8): {@link #width} answers as
 * {@code PDCIDFontType2.getWidthFromFont} does for an embedded font whose CIDs are its glyph ids.
 *
 * <p>Why not fontbox: its parser reads every table of the program (character maps, glyph index,
 * naming, layout tables) before it answers anything; here only the bytes up to the last of the four
 * tables are decoded, and nothing else is parsed. The four tables must be whole within the program,
 * as fontbox requires; a program that is broken only in other tables is read here where PDFBox
 * would mark the font damaged and measure a substitute font instead.
 */
final class TrueTypeMetrics {
  // The four leading bytes of a TrueType program (OpenType "OTTO" programs are CFF-based).
  private static final int TRUETYPE = 0x00010000;
  private static final int TRUE = 0x74727565;
  // Bytes fontbox reads of each table, from its start (hmtx: four per metric, counted apart).
  private static final int HEAD_BYTES = 54;
  private static final int HHEA_BYTES = 36;
  private static final int MAXP_BYTES = 6;
  private static final int MAXP_V1_BYTES = 32;
  // Bounds what a hostile directory can make this decode (a CJK font is some tens of megabytes).
  private static final int MAX_BYTES = 64 << 20;

  private final int unitsPerEm;
  private final int glyphs;
  private final int[] advances;

  private TrueTypeMetrics(int unitsPerEm, int glyphs, int[] advances) {
    this.unitsPerEm = unitsPerEm;
    this.glyphs = glyphs;
    this.advances = advances;
  }

  /**
   * The metrics of {@code program}, or null when it is not a TrueType program whose four tables can
   * be read whole (the caller then asks fontbox).
   */
  static @Nullable TrueTypeMetrics read(COSStream program) {
    try (Prefix data = Prefix.of(program)) {
      if (!data.ensure(12)) {
        return null;
      }
      int version = data.s32(0);
      if (version != TRUETYPE && version != TRUE) {
        return null;
      }
      int tables = data.u16(4);
      if (!data.ensure(12 + 16 * tables)) {
        return null;
      }
      // fontbox keeps the last entry of a tag and drops empty tables (except glyf).
      Map<Integer, long[]> directory = new HashMap<>();
      for (int i = 0; i < tables; i++) {
        int at = 12 + 16 * i;
        long offset = data.u32(at + 8);
        long length = data.u32(at + 12);
        int tag = data.s32(at);
        if (length > 0 || tag == tag("glyf")) {
          directory.put(tag, new long[] {offset, length});
        }
      }
      long[] head = directory.get(tag("head"));
      long[] hhea = directory.get(tag("hhea"));
      long[] maxp = directory.get(tag("maxp"));
      long[] hmtx = directory.get(tag("hmtx"));
      if (head == null
          || hhea == null
          || maxp == null
          || hmtx == null
          || !directory.containsKey(tag("loca"))
          || !directory.containsKey(tag("glyf"))
          || !data.ensure(end(head, HEAD_BYTES))
          || !data.ensure(end(hhea, HHEA_BYTES))
          || !data.ensure(end(maxp, MAXP_BYTES))) {
        return null;
      }
      int unitsPerEm = data.u16((int) head[0] + 18);
      int metrics = data.u16((int) hhea[0] + 34);
      float maxpVersion = data.s16((int) maxp[0]) + data.u16((int) maxp[0] + 2) / 65536f;
      if (maxpVersion >= 1.0f && !data.ensure(end(maxp, MAXP_V1_BYTES))) {
        return null;
      }
      int glyphs = data.u16((int) maxp[0] + 4);
      if (!data.ensure(end(hmtx, 4L * metrics))) {
        return null;
      }
      int[] advances = new int[metrics];
      for (int i = 0; i < metrics; i++) {
        advances[i] = data.u16((int) hmtx[0] + 4 * i);
      }
      return new TrueTypeMetrics(unitsPerEm, glyphs, advances);
    } catch (IOException e) {
      return null;
    }
  }

  // The end of what fontbox reads of a table: its declared length (fontbox skips a table that
  // runs past the program), or more when it reads on past that length.
  private static long end(long[] table, long reads) {
    return table[0] + Math.max(table[1], reads);
  }

  private static int tag(String name) {
    return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
  }

  /** The advance width of glyph {@code cid} in thousandths of an em, as fontbox measures it. */
  float width(int cid) {
    int glyph = cid < glyphs ? cid : 0;
    float width;
    if (advances.length == 0) {
      width = 250;
    } else {
      width = advances[Math.min(glyph, advances.length - 1)];
    }
    if (unitsPerEm != 1000) {
      width *= 1000f / unitsPerEm;
    }
    return width;
  }

  /** The leading bytes of a stream's decoded data, decoded only as far as asked. */
  static final class Prefix implements AutoCloseable {
    private final InputStream in;
    private final @Nullable Inflater inflater;
    private byte[] bytes = new byte[4096];
    private int length;

    private Prefix(InputStream in, @Nullable Inflater inflater) {
      this.in = in;
      this.inflater = inflater;
    }

    /**
     * Whether a prefix of {@code stream} costs only its own bytes: the stream is plain, or under a
     * lone Flate filter without parameters. Any other is decoded whole by PDFBox.
     */
    static boolean decodesAsItGoes(COSStream stream) {
      return stream.getFilters() == null || isLoneFlate(stream);
    }

    private static boolean isLoneFlate(COSStream stream) {
      return stream.getFilters() == COSName.FLATE_DECODE
          && !stream.containsKey(COSName.DECODE_PARMS)
          && !stream.containsKey(COSName.DP);
    }

    /** A prefix of {@code stream}; a lone Flate filter is decoded as it goes, others by PDFBox. */
    static Prefix of(COSStream stream) throws IOException {
      if (isLoneFlate(stream)) {
        Inflater inflater = new Inflater();
        InputStream raw = stream.createRawInputStream();
        return new Prefix(new InflaterInputStream(raw, inflater), inflater);
      }
      return new Prefix(stream.createInputStream(), null);
    }

    /** Whether the first {@code end} bytes exist, decoding up to them. */
    boolean ensure(long end) throws IOException {
      if (end > MAX_BYTES) {
        return false;
      }
      if (end > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(end, 2L * bytes.length)));
      }
      while (length < end) {
        int read = in.read(bytes, length, bytes.length - length);
        if (read < 0) {
          return false;
        }
        length += read;
      }
      return true;
    }

    /** The first four bytes, or null when there are fewer. */
    byte @Nullable [] header() throws IOException {
      return ensure(4) ? Arrays.copyOf(bytes, 4) : null;
    }

    int u16(int at) {
      return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
    }

    int s16(int at) {
      return (short) u16(at);
    }

    int s32(int at) {
      return u16(at) << 16 | u16(at + 2);
    }

    long u32(int at) {
      return s32(at) & 0xffffffffL;
    }

    @Override
    public void close() throws IOException {
      try {
        in.close();
      } finally {
        if (inflater != null) {
          inflater.end();
        }
      }
    }
  }
}
