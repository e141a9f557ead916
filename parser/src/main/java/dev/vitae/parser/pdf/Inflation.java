package dev.vitae.parser.pdf;

import dev.vitae.parser.MemoryBudget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The budget of bytes a PDF's streams may inflate to, checked before text extraction. PDFBox
 * decodes a stream whole into memory when it reads it, so a few megabytes of Flate data that
 * inflate to gigabytes (a decompression bomb, or Flate over Flate) took that much heap. Here each
 * stream that text extraction may read is decoded once, as it comes and into nothing, stopping as
 * soon as the document's streams together pass the budget. Images are not decoded (text extraction
 * never does), nor are the streams PDFBox decoded already while loading (cross-reference streams).
 */
final class Inflation {
  /** Bytes all streams of one document may inflate to, together. */
  static final long BUDGET = 256L << 20;

  // Filters of images: their streams are never decoded for text.
  private static final Set<COSName> IMAGE_FILTERS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION);
  // Between filters of a chain, a stage is held in memory up to this size.
  private static final int MAX_STAGE = 64 << 20;

  private Inflation() {}

  /**
   * Decodes the document's streams against {@link #BUDGET}.
   *
   * @throws LimitException when they inflate to more
   * @throws InterruptedIOException when the thread is interrupted (a timeout)
   * @throws MemoryBudget.Exceeded when loading the objects spends the document's memory budget
   */
  static void check(COSDocument document) throws LimitException, InterruptedIOException {
    long[] left = {BUDGET};
    // A snapshot: dereferencing an object of a damaged file can make PDFBox add to the table.
    for (Map.Entry<COSObjectKey, Long> entry : List.copyOf(document.getXrefTable().entrySet())) {
      // Objects inside object streams (negative offsets) are never streams themselves.
      Long offset = entry.getValue();
      if (offset == null || offset <= 0) {
        continue;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      // Loading an object (an object stream's) allocates; the catch below would hide the budget.
      MemoryBudget.check();
      COSObject object = document.getObjectFromPool(entry.getKey());
      COSBase base;
      try {
        base = object.getObject();
      } catch (RuntimeException e) {
        continue; // PDFBox finds the damage again, and reports it, if text extraction needs it
      }
      if (base instanceof COSStream stream && decodable(stream)) {
        decode(stream, left);
      }
    }
  }

  private static boolean decodable(COSStream stream) {
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
        || COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
      return false;
    }
    for (COSName filter : filters(stream)) {
      if (IMAGE_FILTERS.contains(filter)) {
        return false;
      }
    }
    return !filters(stream).isEmpty();
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  // Runs the filter chain, each stage into memory (bounded) and the last into a counter.
  private static void decode(COSStream stream, long[] left) throws LimitException {
    List<COSName> filters = filters(stream);
    byte[] stage = null;
    try {
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == filters.size() - 1;
        Budgeted out = new Budgeted(left, last ? Long.MAX_VALUE : MAX_STAGE, !last);
        try (InputStream in =
            stage == null ? stream.createRawInputStream() : new ByteArrayInputStream(stage)) {
          filter.decode(in, out, stream, i);
        }
        stage = last ? null : out.bytes();
      }
    } catch (LimitException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A stream PDFBox cannot decode either: it copes (or fails) when it reads it.
    }
  }

  // Counts what a filter writes against the document's budget; keeps it when asked.
  private static final class Budgeted extends OutputStream {
    private final long[] left;
    private final long maxKept;
    private final ByteArrayOutputStream kept;
    private long written;

    Budgeted(long[] left, long maxKept, boolean keep) {
      this.left = left;
      this.maxKept = maxKept;
      this.kept = keep ? new ByteArrayOutputStream() : new ByteArrayOutputStream(0);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      left[0] -= len;
      if (left[0] < 0) {
        throw new LimitException(
            "the PDF's streams inflate to more than " + (BUDGET >> 20) + " MB");
      }
      if (maxKept != Long.MAX_VALUE) {
        if (written > maxKept) {
          throw new LimitException(
              "a PDF stream inflates to more than " + (MAX_STAGE >> 20) + " MB between filters");
        }
        kept.write(b, off, len);
      }
    }

    byte[] bytes() {
      return kept.toByteArray();
    }
  }
}
