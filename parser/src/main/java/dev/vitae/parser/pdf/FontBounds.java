package dev.vitae.parser.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;

/**
 * Bounds what a font dictionary makes a reader allocate, before PDFBox or {@link DeferredType0Font}
 * sees it. PDFBox's {@code PDCIDFont} puts one map entry per CID of every {@code c_first c_last w}
 * range of {@code /W} and {@code /W2}, so a 30-byte {@code [0 2147483647 500]} allocates until the
 * JVM dies. CIDs are at most 65,535 (PDF 32000-1, Annex C), so ranges are clipped to that, and a
 * font's ranges together cover at most {@value #MAX_CIDS} CIDs: entries past that are dropped,
 * which changes no width a real font has.
 */
final class FontBounds {
  /** The largest CID there is. */
  static final int MAX_CID = 0xFFFF;

  /** How many widths (or vertical metrics) one font may give, all its entries together. */
  static final int MAX_CIDS = MAX_CID + 1;

  /** How many codes a font's {@code /ToUnicode} ranges may cover together. */
  static final int MAX_MAPPED_CODES = 2 * MAX_CIDS;

  /** The most a {@code /ToUnicode} map may decode to (a full CJK font's is about 300 kB). */
  static final int MAX_TO_UNICODE_BYTES = 4 << 20;

  private static final COSName W2 = COSName.getPDFName("W2");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern TOKEN = Pattern.compile("<\\s*([0-9A-Fa-f\\s]{0,64})>|\\[|\\]");

  private FontBounds() {}

  /**
   * Rewrites, in place, the width arrays of {@code font}'s descendant (a Type 0 font) or of {@code
   * font} itself (a CID font) so that they cover at most {@value #MAX_CIDS} CIDs, each at most
   * {@value #MAX_CID}. Returns the number of CIDs they cover afterwards.
   */
  static int clip(COSDictionary font) {
    COSDictionary cidFont = font;
    if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
      COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
      if (descendants == null
          || descendants.size() == 0
          || !(descendants.getObject(0) instanceof COSDictionary descendant)) {
        return 0;
      }
      cidFont = descendant;
    }
    return clip(cidFont, COSName.W, 1) + clip(cidFont, W2, 3);
  }

  // A width array is a list of "c [v ...]" and "c_first c_last v..." entries, with `values`
  // numbers per CID (1 in /W, 3 in /W2). Anything else in it is copied as it is: PDFBox skips it.
  private static int clip(COSDictionary font, COSName key, int values) {
    COSArray array = font.getCOSArray(key);
    if (array == null) {
      return 0;
    }
    List<COSBase> kept = new ArrayList<>();
    long covered = 0;
    boolean changed = false;
    int size = array.size();
    int at = 0;
    while (at < size) {
      COSBase first = array.getObject(at);
      COSBase next = at + 1 < size ? array.getObject(at + 1) : null;
      if (first instanceof COSNumber start && next instanceof COSArray run) {
        at += 2;
        long from = start.longValue();
        long count = run.size() / values;
        long room = MAX_CIDS - covered;
        if (from < 0 || from > MAX_CID || count > room || from + count - 1 > MAX_CID) {
          changed = true;
          continue;
        }
        covered += count;
        kept.add(first);
        kept.add(next);
      } else if (first instanceof COSNumber start
          && next instanceof COSNumber end
          && at + 2 + values <= size) {
        List<COSBase> metrics = new ArrayList<>(values);
        for (int i = 0; i < values; i++) {
          metrics.add(array.getObject(at + 2 + i));
        }
        at += 2 + values;
        long from = Math.max(0, start.longValue());
        long to = Math.min(MAX_CID, end.longValue());
        to = Math.min(to, from + (MAX_CIDS - covered) - 1);
        if (from != start.longValue() || to != end.longValue()) {
          changed = true;
        }
        if (from > to) {
          continue;
        }
        covered += to - from + 1;
        kept.add(COSInteger.get(from));
        kept.add(COSInteger.get(to));
        kept.addAll(metrics);
      } else {
        if (first != null) {
          kept.add(first);
        }
        at++;
      }
    }
    if (changed) {
      COSArray clipped = new COSArray();
      for (COSBase item : kept) {
        clipped.add(item);
      }
      font.setItem(key, clipped);
    }
    return (int) covered;
  }

  /**
   * Drops {@code font}'s {@code /ToUnicode} map when its {@code bfrange} entries together cover
   * more than {@value #MAX_MAPPED_CODES} codes, or it decodes to more than {@value
   * #MAX_TO_UNICODE_BYTES} bytes: PDFBox puts one map entry per code of each range, so a few
   * hundred bytes of ranges held it for seconds and hundreds of megabytes. A real font maps at most
   * its 65,536 glyphs; without the map its text decodes through its encoding. Returns whether the
   * map was dropped.
   */
  static boolean boundToUnicode(COSDictionary font) {
    if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream cmap)) {
      return false;
    }
    long covered = 0;
    try (InputStream in = cmap.createInputStream()) {
      byte[] bytes = in.readNBytes(MAX_TO_UNICODE_BYTES + 1);
      if (bytes.length > MAX_TO_UNICODE_BYTES) {
        font.removeItem(COSName.TO_UNICODE);
        return true;
      }
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int from = 0;
      while ((from = text.indexOf("beginbfrange", from)) >= 0) {
        int end = text.indexOf("endbfrange", from);
        end = end < 0 ? text.length() : end;
        // Entries are "<lo> <hi> <dst>" or "<lo> <hi> [<dst> ...]": count hi - lo + 1 of each.
        Matcher token = TOKEN.matcher(text).region(from + "beginbfrange".length(), end);
        String lo = null;
        String hi = null;
        boolean inArray = false;
        while (token.find()) {
          String t = token.group();
          if (inArray) {
            inArray = !t.equals("]");
          } else if (lo == null) {
            lo = token.group(1);
          } else if (hi == null) {
            hi = token.group(1);
          } else {
            covered += codes(lo, hi);
            inArray = t.equals("[");
            lo = null;
            hi = null;
          }
          if (covered > MAX_MAPPED_CODES) {
            font.removeItem(COSName.TO_UNICODE);
            return true;
          }
        }
        from = end;
      }
    } catch (IOException e) {
      return false; // PDFBox finds the damage again, and reports it, if text extraction needs it
    }
    return false;
  }

  // How many codes "<lo> <hi>" spans: 0 when it is empty or backwards, at most one past the bound.
  private static long codes(String lo, String hi) {
    lo = BLANKS.matcher(lo).replaceAll("");
    hi = BLANKS.matcher(hi).replaceAll("");
    if (lo.isEmpty() || hi.isEmpty()) {
      return 0;
    }
    if (lo.length() > 8 || hi.length() > 8) {
      return MAX_MAPPED_CODES + 1L;
    }
    long a = Long.parseLong(lo, 16);
    long b = Long.parseLong(hi, 16);
    return b < a ? 0 : b - a + 1;
  }
}
