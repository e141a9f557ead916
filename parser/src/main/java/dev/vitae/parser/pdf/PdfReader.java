package dev.vitae.parser.pdf;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.ocr.OcrException;
import dev.vitae.parser.ocr.Tesseract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Reads PDF documents with PDFBox into lines with layout: font size, bold, indent, heading level,
 * list depth, block starts, columns and links. Columns are found per page from glyph positions and
 * read left to right; running headers, footers and page numbers are dropped; pages whose text layer
 * is missing or decodes to garbage are flagged and, with {@link PdfOptions#ocr()}, read by OCR
 * instead.
 *
 * <p>Thread-safe: every call to {@link #read} works on its own state.
 */
public final class PdfReader implements DocumentReader {
  /** Warning: pages or lines past a limit were not read. */
  public static final String TRUNCATED = "truncated";

  /** Warning: some page's text decodes (partly) to garbage, so some of the text is wrong. */
  public static final String GARBLED = "garbled-text";

  /** Warning: some page has images but no text layer (a scan), so its content is missing. */
  public static final String NO_TEXT_LAYER = "no-text-layer";

  /** Warning: some page was read by optical character recognition. */
  public static final String OCR = "ocr";

  // PDFBox misses word spaces narrower than its estimate of a space (justified TeX output with
  // subset fonts); a gap wider than this share of the font size is a space too.
  private static final float WORD_GAP = 0.12f;
  // A gap wider than this many ems starts a new span: wider than word spaces, narrower than a
  // column gutter.
  private static final float SPAN_GAP = 1.0f;
  private static final Pattern BOLD_NAME =
      Pattern.compile("(?i).*(bold|black|heavy|semibold|demi).*");
  // TeX's bold extended faces (CMBX10, SFBX1200) and Libertine-style "B" suffixes (LinLibertineB).
  private static final Pattern BOLD_TEX_NAME = Pattern.compile("(?:(?:CM|SF|EC|LM)BX.*|.*[a-z]B)");
  // Icon fonts draw pictures (envelope, phone, bullet) whatever Unicode their glyphs decode to.
  private static final Pattern ICON_FONT =
      Pattern.compile(
          "(?i).*(awesome|wingding|webding|dingbat|marvosym|academicons|simpleicons|icomoon"
              + "|octicons|ionicons|materialicons|materialdesignicons|materialsymbols|glyphicons"
              + "|fontello|typicons|bootstrapicons).*");
  // Bounds the search for images in nested form XObjects of a hostile page.
  private static final int MAX_XOBJECTS = 1_000;
  private static final int MAX_FORM_DEPTH = 4;
  // Pages counted in the page tree, at most: far past any resume, and bounded time on a tree that
  // claims billions.
  private static final int MAX_PAGE_COUNT = 100_000;

  private final ParseLimits limits;
  private final PdfOptions options;
  // Off until the extractor reads entries whose titles are list items (see docs/reader-layout.md).
  private final boolean vectorBullets;

  /** A reader with {@link ParseLimits#DEFAULT} and {@link PdfOptions#DEFAULT} (no OCR). */
  public PdfReader() {
    this(ParseLimits.DEFAULT);
  }

  /** A reader bounded by {@code limits} (pages, lines, characters per line), without OCR. */
  public PdfReader(ParseLimits limits) {
    this(limits, PdfOptions.DEFAULT);
  }

  /** A reader bounded by {@code limits} with PDF-specific {@code options} (OCR). */
  public PdfReader(ParseLimits limits, PdfOptions options) {
    this(limits, options, false);
  }

  /** A reader that also turns bullets drawn as filled paths into list markers when asked. */
  PdfReader(ParseLimits limits, PdfOptions options, boolean vectorBullets) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.options = Objects.requireNonNull(options, "options");
    this.vectorBullets = vectorBullets;
  }

  /** {@code application/pdf}. */
  @Override
  public Set<String> supportedTypes() {
    return Set.of(FormatDetector.PDF);
  }

  /**
   * Reads a PDF. The stream is read to its end (at most {@link ParseLimits#maxBytes()} bytes) and
   * not closed. {@link TextDocument#pages()} is the number of pages the page tree really holds (not
   * the count it claims), even when only the first {@link ParseLimits#maxPages()} pages are read
   * (the document then carries a {@value #TRUNCATED} warning). Pages whose text is partly garbage
   * give a {@value #GARBLED} warning, image-only pages a {@value #NO_TEXT_LAYER} warning; with OCR
   * on, such pages are read by OCR and the document gets an {@value #OCR} warning.
   *
   * @throws DocumentException {@link Reason#ENCRYPTED} when a user password is needed, {@link
   *     Reason#CORRUPT} for bytes that are not a readable PDF, {@link Reason#NO_TEXT} when no page
   *     read has usable text (none at all, only images, or only garbage: the message says which),
   *     {@link Reason#TOO_LARGE} past the byte limit and {@link Reason#IO} when the stream fails
   */
  @Override
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    return readWithReport(in, source).document();
  }

  /** A read and what it did that the document does not show. */
  record Report(TextDocument document, int runningLinesDropped) {}

  Report readWithReport(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes = readBounded(in, source.name());
    PDDocument document = load(bytes, source.name());
    try {
      Inflation inflation = checkInflation(document, limits.maxPages(), source.name());
      return read(document, source, inflation);
    } finally {
      closeQuietly(document);
    }
  }

  private Report read(PDDocument document, Source source, Inflation inflation)
      throws DocumentException {
    int pages = countPages(document);
    if (pages == 0) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "the PDF has no pages");
    }
    Collector collector = new Collector(limits, vectorBullets, inflation);
    // Content-stream order keeps columns apart; sorting by position would merge their rows.
    collector.setSortByPosition(false);
    collector.setEndPage(Math.min(pages, limits.maxPages()));
    try {
      collector.writeText(document, Writer.nullWriter());
    } catch (MemoryBudget.Exceeded e) {
      throw e.toDocumentException(source.name());
    } catch (LimitException e) {
      throw new DocumentException(
          Reason.TOO_LARGE, source.name(), String.valueOf(e.getMessage()), e);
    } catch (UncheckedIOException e) {
      // A limit reached where PDFBox's signature allows no IOException (a font's bounding box).
      if (e.getCause() instanceof LimitException limit) {
        throw new DocumentException(
            Reason.TOO_LARGE, source.name(), String.valueOf(limit.getMessage()), limit);
      }
      throw new DocumentException(
          Reason.CORRUPT,
          source.name(),
          "the PDF content could not be read: " + e.getClass().getSimpleName(),
          e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DocumentException(
          Reason.CORRUPT,
          source.name(),
          "the PDF content could not be read: " + e.getClass().getSimpleName(),
          e);
    }
    float body = collector.charsBySize.isEmpty() ? 0 : dominant(collector.charsBySize);
    RunningText.Result running = RunningText.drop(collector.lines, collector.pageHeights, body);
    Set<Integer> garbled = new LinkedHashSet<>();
    Set<Integer> unusable = new LinkedHashSet<>();
    Set<Integer> imageOnly = new LinkedHashSet<>();
    collector.pages.forEach(
        (number, page) -> {
          if (page.verdict() == TextQuality.Verdict.UNUSABLE) {
            unusable.add(number);
          } else if (page.verdict() == TextQuality.Verdict.GARBLED) {
            garbled.add(number);
          } else if (!page.hasText() && page.hasImages()) {
            imageOnly.add(number);
          }
        });
    List<RawLine> usable = new ArrayList<>(running.kept().size());
    for (RawLine line : running.kept()) {
      // Lines of a page that is garbage through and through would only mislead extraction.
      if (!unusable.contains(line.page())) {
        usable.add(line);
      }
    }
    List<RawLine> ordered = Columns.arrange(usable, body);
    List<Line> lines = LineLayout.layout(ordered, collector.charsBySize, limits.maxLineChars());

    Set<String> warnings = new LinkedHashSet<>();
    if (pages > limits.maxPages() || collector.truncated) {
      warnings.add(TRUNCATED);
    }
    Set<Integer> unreadable = new LinkedHashSet<>(unusable);
    unreadable.addAll(garbled);
    unreadable.addAll(imageOnly);
    if (options.ocr() && !unreadable.isEmpty()) {
      Ocr ocr = ocr(document, source, unreadable);
      if (!ocr.lines().isEmpty()) {
        lines = splice(lines, ocr.lines());
        warnings.add(OCR);
        unusable.removeAll(ocr.lines().keySet());
        garbled.removeAll(ocr.lines().keySet());
        imageOnly.removeAll(ocr.lines().keySet());
      }
      if (lines.isEmpty() && ocr.failure() != null) {
        throw ocr.failure();
      }
    }
    if (!garbled.isEmpty() || !unusable.isEmpty()) {
      warnings.add(GARBLED);
    }
    if (!imageOnly.isEmpty()) {
      warnings.add(NO_TEXT_LAYER);
    }
    if (lines.isEmpty()) {
      throw new DocumentException(
          Reason.NO_TEXT, source.name(), noTextMessage(!unusable.isEmpty(), !imageOnly.isEmpty()));
    }
    TextDocument doc = new TextDocument(source, pages, lines, List.copyOf(warnings));
    return new Report(doc, running.dropped());
  }

  // The pages the page tree really holds: its /Count is only a claim (2147483647 in a hostile
  // file), and it is what the document reports and what --max-pages compares.
  private static int countPages(PDDocument document) {
    int count = 0;
    try {
      for (PDPage page : document.getPages()) {
        if (page != null && ++count >= MAX_PAGE_COUNT) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // A broken branch of the tree: the pages before it are the pages there are.
    }
    return count;
  }

  private String noTextMessage(boolean garbage, boolean images) {
    String hint = options.ocr() ? "" : "; try --ocr";
    if (garbage) {
      return "the text layer is unusable (garbled)" + hint;
    }
    if (images) {
      return "the pages are images without a text layer" + hint;
    }
    return "no page has extractable text";
  }

  private record Ocr(Map<Integer, List<Line>> lines, @Nullable DocumentException failure) {}

  // Reads the given pages by OCR; pages that fail or find nothing keep what the text layer gave.
  private Ocr ocr(PDDocument document, Source source, Set<Integer> pageNumbers) {
    Optional<Tesseract> tesseract =
        Tesseract.find(options.ocrLanguages(), options.ocrTimeoutPerPage());
    if (tesseract.isEmpty()) {
      return new Ocr(
          Map.of(),
          new DocumentException(
              Reason.NO_TEXT,
              source.name(),
              "OCR was asked for but the tesseract command is not installed"));
    }
    Map<Integer, List<Line>> read = new TreeMap<>();
    DocumentException failure = null;
    int done = 0;
    for (int number : pageNumbers) {
      if (done++ >= options.ocrMaxPages()) {
        break;
      }
      try {
        List<Line> pageLines = PageOcr.read(document, number, tesseract.get(), limits);
        if (!pageLines.isEmpty()) {
          read.put(number, pageLines);
        }
      } catch (OcrException e) {
        failure =
            new DocumentException(
                e.timedOut() ? Reason.TIMEOUT : Reason.NO_TEXT,
                source.name(),
                "OCR of page " + number + " failed: " + e.getMessage(),
                e);
      }
    }
    return new Ocr(read, failure);
  }

  // The text-layer lines with the OCR lines of each OCR'd page put in that page's place.
  private List<Line> splice(List<Line> lines, Map<Integer, List<Line>> ocrLines) {
    Map<Integer, List<Line>> byPage = new TreeMap<>();
    for (Line line : lines) {
      if (!ocrLines.containsKey(line.page())) {
        byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
      }
    }
    byPage.putAll(ocrLines);
    List<Line> out = new ArrayList<>();
    for (List<Line> page : byPage.values()) {
      for (Line line : page) {
        if (out.size() >= limits.maxLines()) {
          return out;
        }
        out.add(
            new Line(out.size(), line.page(), line.text(), line.style(), line.links())
                .withCues(line.cues()));
      }
    }
    return out;
  }

  private byte[] readBounded(InputStream in, String name) throws DocumentException {
    byte[] bytes;
    try {
      // Bytes already in memory are copied once, not through growing buffers.
      bytes =
          in instanceof ByteArrayInputStream && in.available() <= limits.maxBytes()
              ? in.readAllBytes()
              : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read input: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, name, "over the limit of " + limits.maxBytes() + " bytes");
    }
    return bytes;
  }

  private static Inflation checkInflation(PDDocument document, int pages, String name)
      throws DocumentException {
    try {
      return Inflation.check(document, pages);
    } catch (MemoryBudget.Exceeded e) {
      throw e.toDocumentException(name);
    } catch (LimitException e) {
      throw new DocumentException(Reason.TOO_LARGE, name, String.valueOf(e.getMessage()), e);
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
      throw new DocumentException(Reason.TIMEOUT, name, "interrupted", e);
    }
  }

  private static PDDocument load(byte[] bytes, String name) throws DocumentException {
    try {
      // Owner-password-only PDFs open with the empty password and are read like any other.
      return Loader.loadPDF(new BudgetedRead(new RandomAccessReadBuffer(bytes)));
    } catch (MemoryBudget.Exceeded e) {
      throw e.toDocumentException(name);
    } catch (InvalidPasswordException e) {
      throw new DocumentException(Reason.ENCRYPTED, name, "the PDF needs a password to open", e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DocumentException(
          Reason.CORRUPT, name, "not a readable PDF: " + e.getClass().getSimpleName(), e);
    }
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // Everything needed was read already; a failing close loses nothing.
    }
  }

  static boolean looksBold(PDFont font) {
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String base = baseName(font);
    return base != null
        && (BOLD_NAME.matcher(base).matches() || BOLD_TEX_NAME.matcher(base).matches());
  }

  /** A font that draws pictures, by its name; {@link #NOT_ICONS} for any other. */
  record IconFont(String name, boolean mapped) {}

  static final IconFont NOT_ICONS = new IconFont("", false);

  // Icon fonts by name, and whether a ToUnicode map says what their glyphs are.
  static IconFont iconFont(PDFont font) {
    String base = baseName(font);
    if (base == null || !ICON_FONT.matcher(base).matches()) {
      return NOT_ICONS;
    }
    return new IconFont(base, font.getCOSObject().containsKey(COSName.TO_UNICODE));
  }

  // The font's name without the "ABCDEF+" prefix of embedded subsets; null when it has none.
  private static @Nullable String baseName(PDFont font) {
    String name = font.getName();
    if (name == null) {
      return null;
    }
    int plus = name.indexOf('+');
    return plus >= 0 ? name.substring(plus + 1) : name;
  }

  // Whether the resources (or forms drawn from them) hold an image: a scanned page has one.
  static boolean hasImages(PDResources resources, int depth) {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return false;
    }
    int seen = 0;
    for (COSName name : resources.getXObjectNames()) {
      if (seen++ >= MAX_XOBJECTS) {
        return false;
      }
      PDXObject object;
      try {
        object = resources.getXObject(name);
      } catch (IOException | RuntimeException e) {
        continue; // a broken XObject is not an image we could read either
      }
      if (object instanceof PDImageXObject) {
        return true;
      }
      if (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** One glyph of a line as drawn; {@code word} numbers the line's words from 0. */
  record Glyph(
      String text,
      int visible,
      int word,
      float x,
      float y,
      float width,
      float height,
      float size,
      boolean bold) {
    float centerX() {
      return x + width / 2;
    }

    float centerY() {
      return y - height / 2;
    }

    float em() {
      return size > 0 ? size : height;
    }

    Glyph withWord(int newWord) {
      return new Glyph(text, visible, newWord, x, y, width, height, size, bold);
    }
  }

  /** What the text layer of one page gave. */
  private record PageText(TextQuality.Verdict verdict, boolean hasText, boolean hasImages) {}

  // Collects PDFBox's lines with their geometry; one instance per document.
  private static final class Collector extends PDFTextStripper {
    private final ParseLimits limits;
    private final List<RawLine> lines = new ArrayList<>();
    private final Map<Float, Integer> charsBySize = new HashMap<>();
    private final Map<Integer, Float> pageHeights = new HashMap<>();
    private final Map<Integer, PageText> pages = new TreeMap<>();
    private final IdentityHashMap<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final IdentityHashMap<PDFont, IconFont> iconFonts = new IdentityHashMap<>();
    private @Nullable PDFont lastIconFont;
    private @Nullable PDFont lastBoldFont;
    private boolean lastIsBold;
    private IconFont lastIcon = NOT_ICONS;
    private boolean truncated;

    private final @Nullable VectorBullets bullets;
    private final DuplicateGlyphs duplicates = new DuplicateGlyphs();
    private final ArrayDeque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;
    private List<PageLinks.Area> pageLinks = List.of();
    private TextQuality quality = new TextQuality();
    private int linesBeforePage;
    private final StringBuilder text = new StringBuilder();
    private final List<Glyph> glyphs = new ArrayList<>();
    private int word;
    // Glyphs drawn on the page, those of composite fonts, and those PDFBox decoded (passed on).
    private int pageGlyphs;
    private int compositeGlyphs;
    private int compositeDecoded;

    Collector(ParseLimits limits, boolean vectorBullets, Inflation inflation) {
      this.limits = limits;
      this.bullets = vectorBullets ? new VectorBullets() : null;
      // PDFBox compiles and runs its list-item patterns per document only to mark paragraph
      // starts, which reach the (null) output and nothing else: every line still ends with a
      // writeLineSeparator call.
      setListItemPatterns(List.of());
      // Duplicate glyphs are dropped here (DuplicateGlyphs), as PDFBox would, at less cost.
      setSuppressDuplicateOverlappingText(false);
      // Composite TrueType fonts whose program text extraction does not need are not parsed.
      addOperator(new SetFontDeferred(this, inflation));
    }

    // PDFBox never checks for interrupts nor memory: a caller's timeout or the document's memory
    // budget stops a slow page at the next page, text string, form or drawing operator. Not on
    // every operator: a hook there slowed the hottest loop of text extraction by about 4%.
    private static void checkpoint() throws InterruptedIOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      MemoryBudget.check();
    }

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands)
        throws IOException {
      // Paths, colours and images: what a text stripper skips, and what huge pages are made of.
      checkpoint();
      if (bullets != null) {
        bullets.operator(
            operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix());
      }
      super.unsupportedOperator(operator, operands);
    }

    @Override
    public void showTextString(byte[] string) throws IOException {
      checkpoint();
      super.showTextString(string);
    }

    @Override
    public void showTextStrings(COSArray array) throws IOException {
      checkpoint();
      super.showTextStrings(array);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      checkpoint();
      super.showForm(form);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      checkpoint();
      finishLine();
      pageLinks = PageLinks.read(page, limits.maxLineChars());
      duplicates.clear();
      quality = new TextQuality();
      pageGlyphs = 0;
      compositeGlyphs = 0;
      compositeDecoded = 0;
      linesBeforePage = lines.size();
      PDRectangle crop = page.getCropBox();
      boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
      pageHeights.put(getCurrentPageNo(), turned ? crop.getWidth() : crop.getHeight());
      if (bullets != null) {
        bullets.startPage(crop, page.getRotation());
      }
    }

    @Override
    protected void endPage(PDPage page) {
      // PDFBox writes no line separator after a page's last line.
      finishLine();
      if (bullets != null) {
        VectorBullets.mark(lines.subList(linesBeforePage, lines.size()), bullets.shapes());
      }
      quality.addGlyphs(pageGlyphs, compositeGlyphs - compositeDecoded);
      boolean hasText = lines.size() > linesBeforePage;
      boolean images = !hasText && !truncated && hasImages(page.getResources(), 0);
      pages.put(getCurrentPageNo(), new PageText(quality.verdict(), hasText, images));
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
        throws IOException {
      // PDFBox silently skips composite-font glyphs without Unicode: those it passes on to
      // processTextPosition are counted there, and the rest were skipped (no second lookup here).
      pageGlyphs++;
      if (!(font instanceof PDSimpleFont)) {
        compositeGlyphs++;
      }
      super.showGlyph(matrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!(text.getFont() instanceof PDSimpleFont)) {
        compositeDecoded++;
      }
      // PDFBox checks a glyph for duplicates only outside /ActualText spans, by its Unicode text;
      // its tolerance is a third of the glyph's width per char.
      String unicode = text.getUnicode();
      if (!inActualText
          && unicode != null
          && duplicates.isDuplicate(
              unicode, text.getX(), text.getY(), text.getWidth() / unicode.length() / 3.0f)) {
        return;
      }
      super.processTextPosition(text);
    }

    // PDFBox's own record of /ActualText spans is private: the same record, kept the same way.
    @Override
    public void beginMarkedContentSequence(COSName tag, @Nullable COSDictionary properties) {
      super.beginMarkedContentSequence(tag, properties);
      boolean actual = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
      actualTexts.push(actual);
      inActualText = actual;
    }

    @Override
    public void endMarkedContentSequence() {
      Boolean actual = actualTexts.poll();
      if (actual != null && actual) {
        inActualText = false;
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void writeLineSeparator() {
      finishLine();
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
      if (string.isEmpty() || positions.isEmpty()) {
        return;
      }
      // Raw text is cut at twice the limit: clean-up may still shrink it below the limit.
      if (text.length() >= 2 * limits.maxLineChars()) {
        truncated = true;
        return;
      }
      if (text.length() > 0) {
        if (!endsWithSpace() && !(bothCjk(string) && narrowGap(positions.get(0)))) {
          text.append(' ');
        }
        word++;
      }
      if (!isPlainUnicodeOf(string, positions)) {
        // PDFBox rewrote the word (right-to-left order, presentation forms): keep its text whole.
        text.append(string);
        for (TextPosition position : positions) {
          addGlyph(position, unicodeOf(position));
        }
        return;
      }
      for (TextPosition position : positions) {
        String unicode = unicodeOf(position);
        // The gap first: it is cheap and rarely wide inside a word.
        if (!endsWithSpace() && !unicode.isBlank() && wideGap(position) && !bothCjk(unicode)) {
          text.append(' ');
          word++;
        }
        text.append(unicode);
        addGlyph(position, unicode);
      }
    }

    // identity: the font object of the previous glyph
    @SuppressWarnings("ReferenceEquality")
    private String unicodeOf(TextPosition position) {
      String unicode = position.getUnicode();
      PDFont font = position.getFont();
      if (unicode == null || unicode.isBlank() || font == null) {
        return unicode;
      }
      // Glyphs come in runs of one font: the last answer saves a map lookup per glyph.
      if (font != lastIconFont) {
        lastIconFont = font;
        lastIcon = iconFonts.computeIfAbsent(font, PdfReader::iconFont);
      }
      if (lastIcon == NOT_ICONS) {
        return IconGlyphs.symbolText(unicode);
      }
      int[] codes = position.getCharacterCodes();
      int code = codes.length > 0 ? codes[0] : 0;
      return IconGlyphs.iconText(font, lastIcon.name(), code, unicode, lastIcon.mapped());
    }

    private boolean endsWithSpace() {
      return text.length() == 0 || PdfText.isSpace(text.codePointBefore(text.length()));
    }

    // Two CJK characters take no space between them unless a full em of paper separates them.
    private boolean bothCjk(String next) {
      return PdfText.isCjk(text.codePointBefore(text.length()))
          && PdfText.isCjk(next.codePointAt(0));
    }

    private boolean narrowGap(TextPosition next) {
      return !glyphs.isEmpty() && gap(next) < last().em();
    }

    private boolean wideGap(TextPosition next) {
      return !glyphs.isEmpty() && gap(next) > WORD_GAP * last().em();
    }

    private float gap(TextPosition next) {
      Glyph last = last();
      return next.getXDirAdj() - (last.x() + last.width());
    }

    private Glyph last() {
      return glyphs.get(glyphs.size() - 1);
    }

    // Whether the string is the glyphs' Unicode one after the other (compared without a copy).
    private static boolean isPlainUnicodeOf(String string, List<TextPosition> positions) {
      int at = 0;
      for (TextPosition position : positions) {
        String unicode = position.getUnicode();
        if (unicode == null || !string.startsWith(unicode, at)) {
          return false;
        }
        at += unicode.length();
      }
      return at == string.length();
    }

    // identity: the font object of the previous glyph
    @SuppressWarnings("ReferenceEquality")
    private void addGlyph(TextPosition position, String unicode) {
      if (unicode == null || glyphs.size() >= 2 * limits.maxLineChars()) {
        return;
      }
      PDFont font = position.getFont();
      if (font != lastBoldFont) {
        lastBoldFont = font;
        lastIsBold = font != null && boldFonts.computeIfAbsent(font, PdfReader::looksBold);
      }
      boolean bold = lastIsBold;
      glyphs.add(
          new Glyph(
              unicode,
              countVisible(unicode),
              word,
              position.getXDirAdj(),
              position.getYDirAdj(),
              position.getWidthDirAdj(),
              position.getHeightDir(),
              round1(position.getFontSizeInPt()),
              bold));
    }

    private void finishLine() {
      try {
        if (text.length() > 0 && !glyphs.isEmpty()) {
          addLine();
        }
      } finally {
        text.setLength(0);
        glyphs.clear();
        word = 0;
      }
    }

    private void addLine() {
      for (Glyph glyph : glyphs) {
        quality.addRawText(glyph.text());
      }
      GlyphRuns.Repair repair = GlyphRuns.repair(glyphs);
      if (repair != null) {
        glyphs.clear();
        glyphs.addAll(repair.glyphs());
      }
      String clean = PdfText.clean(repair != null ? repair.text() : text.toString());
      if (clean.isEmpty()) {
        return;
      }
      quality.addCleanText(clean);
      List<RowCells.Cell> cells = RowCells.cut(glyphs);
      if (cells != null) {
        clean = RowCells.join(cells);
      }
      if (clean.length() > limits.maxLineChars()) {
        clean = cut(clean, limits.maxLineChars());
        truncated = true;
      }
      SizeTally sizes = new SizeTally();
      int chars = 0;
      int boldChars = 0;
      float height = 0;
      float right = 0;
      for (Glyph glyph : glyphs) {
        height = Math.max(height, glyph.height());
        right = Math.max(right, glyph.x() + glyph.width());
        int n = glyph.visible();
        if (n == 0) {
          continue;
        }
        chars += n;
        sizes.add(glyph.size(), n);
        if (glyph.bold()) {
          boldChars += n;
        }
      }
      if (chars == 0) {
        return;
      }
      if (lines.size() >= limits.maxLines()) {
        truncated = true;
        return;
      }
      float size = sizes.dominant();
      sizes.addTo(charsBySize);
      Glyph first = glyphs.get(0);
      float baseline = first.y();
      for (Glyph glyph : glyphs) {
        if (glyph.size() == size) {
          baseline = glyph.y();
          break;
        }
      }
      lines.add(
          new RawLine(
              getCurrentPageNo(),
              clean,
              size,
              2 * boldChars > chars,
              first.x(),
              right,
              baseline,
              height,
              links(glyphs),
              spans(),
              cells == null ? List.of() : cells,
              0));
    }

    // The line's runs of glyphs, cut where a gap wider than SPAN_GAP ems opens to the right.
    private List<RawLine.Span> spans() {
      List<RawLine.Span> spans = new ArrayList<>();
      Glyph previous = null;
      float left = 0;
      float right = 0;
      for (Glyph glyph : glyphs) {
        if (glyph.visible() == 0) {
          continue;
        }
        float glyphRight = glyph.x() + glyph.width();
        if (previous != null
            && glyph.x() - (previous.x() + previous.width()) <= SPAN_GAP * previous.em()) {
          left = Math.min(left, glyph.x());
          right = Math.max(right, glyphRight);
        } else {
          if (previous != null) {
            spans.add(new RawLine.Span(left, right));
          }
          left = glyph.x();
          right = glyphRight;
        }
        previous = glyph;
      }
      spans.add(new RawLine.Span(left, right));
      return spans;
    }

    private static int countVisible(String s) {
      if (s.length() == 1) {
        return PdfText.isSpace(s.charAt(0)) ? 0 : 1;
      }
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (!PdfText.isSpace(cp)) {
          n++;
        }
      }
      return n;
    }

    private List<Link> links(List<Glyph> lineGlyphs) {
      if (pageLinks.isEmpty()) {
        return List.of();
      }
      // The line's vertical extent rules out most areas without a look at each glyph.
      float top = Float.POSITIVE_INFINITY;
      float bottom = Float.NEGATIVE_INFINITY;
      for (Glyph glyph : lineGlyphs) {
        float y = glyph.centerY();
        if (y < top) {
          top = y;
        }
        if (y > bottom) {
          bottom = y;
        }
      }
      List<Link> links = new ArrayList<>();
      for (PageLinks.Area area : pageLinks) {
        if (area.bottom() < top || area.top() > bottom) {
          continue;
        }
        StringBuilder under = null;
        int lastWord = -1;
        for (Glyph glyph : lineGlyphs) {
          if (!area.contains(glyph.centerX(), glyph.centerY())) {
            continue;
          }
          if (under == null) {
            under = new StringBuilder();
          } else if (glyph.word() != lastWord) {
            under.append(' ');
          }
          under.append(glyph.text());
          lastWord = glyph.word();
        }
        if (under == null) {
          continue;
        }
        String linkText = PdfText.clean(under.toString());
        if (linkText.isEmpty()) {
          continue;
        }
        Link link = new Link(cut(linkText, limits.maxLineChars()), area.uri());
        if (!links.contains(link)) {
          links.add(link);
        }
      }
      return links;
    }
  }

  // One line's characters by font size. A line has few sizes: arrays spare a boxed map per line.
  private static final class SizeTally {
    private float[] sizes = new float[4];
    private int[] counts = new int[4];
    private int size;

    // Sizes come from round1, so they are never NaN or -0.0 and == is Float.equals.
    void add(float fontSize, int chars) {
      for (int i = 0; i < size; i++) {
        if (sizes[i] == fontSize) {
          counts[i] += chars;
          return;
        }
      }
      if (size == sizes.length) {
        sizes = Arrays.copyOf(sizes, 2 * size);
        counts = Arrays.copyOf(counts, 2 * size);
      }
      sizes[size] = fontSize;
      counts[size] = chars;
      size++;
    }

    // As dominant(Map): the most characters, ties to the smaller size.
    float dominant() {
      float best = 0;
      int bestCount = -1;
      for (int i = 0; i < size; i++) {
        if (counts[i] > bestCount || (counts[i] == bestCount && sizes[i] < best)) {
          best = sizes[i];
          bestCount = counts[i];
        }
      }
      return best;
    }

    void addTo(Map<Float, Integer> totals) {
      for (int i = 0; i < size; i++) {
        totals.merge(sizes[i], counts[i], Integer::sum);
      }
    }
  }

  static float dominant(Map<Float, Integer> counts) {
    float best = 0;
    int bestCount = -1;
    for (Map.Entry<Float, Integer> e : counts.entrySet()) {
      // Ties go to the smaller size so that one large word does not outweigh body text.
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  static float round1(float value) {
    return Math.round(value * 10) / 10f;
  }

  static String cut(String s, int maxChars) {
    if (s.length() <= maxChars) {
      return s;
    }
    int end = Character.isLowSurrogate(s.charAt(maxChars)) ? maxChars - 1 : maxChars;
    return s.substring(0, end);
  }
}
