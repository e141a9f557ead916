package dev.vitae.parser.pdf;

import dev.vitae.parser.MemoryBudget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;

/**
 * The budget of bytes a PDF's streams may inflate to, checked before text extraction. PDFBox
 * decodes a stream whole into memory when it reads it, so a few megabytes of Flate data that
 * inflate to gigabytes (a decompression bomb, or Flate over Flate) took that much heap. Here each
 * stream that text extraction may read is decoded once, as it comes and into nothing, stopping as
 * soon as the document's streams together pass the budget: the object streams (PDFBox decodes one
 * to read any object inside it), then everything the pages to be read reach through their contents
 * and resources (fonts and their maps, forms, patterns). A font's program is decoded only when the
 * font is created ({@link #checkFont}): most programs of browser-printed PDFs are never read whole
 * ({@link DeferredType0Font}), and decoding them cost a fifth of the time of reading such a PDF.
 * Type 3 glyph procedures likewise, when PDFBox reads one ({@link CheckedType3Font}). Objects
 * nothing on those pages reaches (a tagged PDF's structure tree, outlines, annotations'
 * appearances, other pages) are never loaded here: text extraction never reads them either. Images
 * are not decoded (text extraction never does), nor are the streams PDFBox decoded already while
 * loading (cross-reference streams). One instance per document.
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
  // Keys that lead away from what a page draws: up the page tree, or to the structure tree.
  private static final Set<COSName> NOT_DRAWN =
      Set.of(COSName.PARENT, COSName.P, COSName.STRUCT_PARENTS, COSName.getPDFName("StructParent"));
  // A font's program, read whole only when PDFBox creates the font.
  private static final Set<COSName> PROGRAMS =
      Set.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);
  // Checked when read: a font's program (when the font is created) or Type 3 glyph procedures.
  private static final Set<COSName> WHEN_READ =
      Set.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3, COSName.CHAR_PROCS);
  // Between filters of a chain, a stage is held in memory up to this size.
  private static final int MAX_STAGE = 64 << 20;
  // Nesting of direct dictionaries and arrays followed; deeper is hostile, and PDFBox stops too.
  private static final int MAX_DEPTH = 64;

  private final COSDocument document;
  private final long[] left = {BUDGET};
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private @Nullable String exceeded;
  // Fonts a graphics state sets: PDFBox creates them when the state is applied, not through Tf.
  private final List<COSDictionary> stateFonts = new ArrayList<>();

  private Inflation(COSDocument document) {
    this.document = document;
  }

  /**
   * Decodes the streams that reading the first {@code pages} pages of the document may read against
   * {@link #BUDGET}.
   *
   * @throws LimitException when they inflate to more
   * @throws InterruptedIOException when the thread is interrupted (a timeout)
   * @throws MemoryBudget.Exceeded when loading the objects spends the document's memory budget
   */
  static Inflation check(PDDocument document, int pages)
      throws LimitException, InterruptedIOException {
    Inflation check = new Inflation(document.getDocument());
    check.objectStreams();
    int page = 0;
    try {
      for (PDPage each : document.getPages()) {
        if (page++ >= pages) {
          break;
        }
        if (each != null) {
          check.follow(each.getCOSObject().getDictionaryObject(COSName.CONTENTS), 0);
          // Resources a page inherits from the page tree are its own here.
          check.follow(each.getResources().getCOSObject(), 0);
        }
      }
    } catch (MemoryBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      // A broken branch of the page tree: text extraction stops there too.
    }
    for (COSDictionary font : check.stateFonts) {
      check.checkFont(font);
    }
    return check;
  }

  /**
   * Decodes the programs of a font (and of its descendant fonts) against what is left of the
   * budget: called before PDFBox creates the font, which reads its program whole.
   *
   * @throws LimitException when they inflate past the budget
   * @throws InterruptedIOException when the thread is interrupted (a timeout)
   */
  void checkFont(COSDictionary font) throws LimitException, InterruptedIOException {
    programs(font);
    if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
      for (int i = 0; i < descendants.size() && i < MAX_DEPTH; i++) {
        if (descendants.getObject(i) instanceof COSDictionary descendant) {
          programs(descendant);
        }
      }
    }
  }

  /**
   * Decodes one stream (once) against what is left of the budget: called before PDFBox reads it.
   *
   * @throws LimitException when it inflates past the budget
   * @throws InterruptedIOException when the thread is interrupted (a timeout)
   */
  void checkStream(COSBase stream) throws LimitException, InterruptedIOException {
    follow(stream, MAX_DEPTH);
  }

  private void programs(COSDictionary font) throws LimitException, InterruptedIOException {
    if (font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
      for (COSName key : PROGRAMS) {
        follow(descriptor.getItem(key), MAX_DEPTH);
      }
    }
  }

  // Object streams, found by the compressed objects the cross-reference table places in them.
  private void objectStreams() throws LimitException, InterruptedIOException {
    Set<Long> numbers = new TreeSet<>();
    for (Long offset : List.copyOf(document.getXrefTable().values())) {
      if (offset != null && offset < 0) {
        numbers.add(-offset);
      }
    }
    for (long number : numbers) {
      follow(document.getObjectFromPool(new COSObjectKey(number, 0)), MAX_DEPTH);
    }
  }

  // Decodes the streams the object reaches, each once; depth MAX_DEPTH decodes without following.
  private void follow(@Nullable COSBase object, int depth)
      throws LimitException, InterruptedIOException {
    if (exceeded != null) {
      // A caller that swallowed the first failure (PDFBox measuring a space) meets it again.
      throw new LimitException(exceeded);
    }
    COSBase base = object;
    if (object instanceof COSObject indirect) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      // Loading an object (an object stream's) allocates; the catch below would hide the budget.
      MemoryBudget.check();
      try {
        base = indirect.getObject();
      } catch (MemoryBudget.Exceeded e) {
        throw e;
      } catch (RuntimeException e) {
        return; // PDFBox finds the damage again, and reports it, if text extraction needs it
      }
    }
    if (base == null || !seen.add(base)) {
      return;
    }
    if (base instanceof COSStream stream) {
      if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        return;
      }
      if (decodable(stream)) {
        try {
          decode(stream, left);
        } catch (LimitException e) {
          exceeded = e.getMessage();
          throw e;
        }
      }
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    if (base instanceof COSDictionary dictionary) {
      for (Map.Entry<COSName, COSBase> entry : List.copyOf(dictionary.entrySet())) {
        COSName key = entry.getKey();
        if (COSName.EXT_G_STATE.equals(key)) {
          stateFonts(entry.getValue());
        }
        if (!NOT_DRAWN.contains(key) && !WHEN_READ.contains(key)) {
          follow(entry.getValue(), depth + 1);
        }
      }
    } else if (base instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        follow(array.get(i), depth + 1);
      }
    }
  }

  // The fonts of a resource dictionary's graphics states ({@code /Font [font size]}).
  private void stateFonts(COSBase states) {
    try {
      COSBase resolved = states instanceof COSObject indirect ? indirect.getObject() : states;
      if (resolved instanceof COSDictionary dictionary) {
        for (COSName name : List.copyOf(dictionary.keySet())) {
          if (dictionary.getDictionaryObject(name) instanceof COSDictionary state
              && state.getDictionaryObject(COSName.FONT) instanceof COSArray setting
              && setting.size() > 0
              && setting.getObject(0) instanceof COSDictionary font) {
            stateFonts.add(font);
          }
        }
      }
    } catch (MemoryBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      // Damaged: PDFBox finds the damage again, and reports it, if text extraction needs it
    }
  }

  private static boolean decodable(COSStream stream) {
    if (COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
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
    } catch (LimitException | MemoryBudget.Exceeded e) {
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
