package dev.vitae.parser.pdf;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF documents with PDFBox into lines with layout: font size, bold, indent, heading level,
 * list depth, block starts and links. Text is taken in content-stream order, so a two-column
 * page made column by column (as LaTeX and browsers write them) comes out column by column.
 *
 * <p>Thread-safe: every call to {@link #read} works on its own state.
 */
public final class PdfReader implements DocumentReader {
  static final String TRUNCATED = "truncated";
  static final String GARBLED = "garbled-text";

  // A document is flagged as garbled when this share of its characters has no Unicode meaning.
  private static final double GARBLED_SHARE = 0.05;
  // PDFBox misses word spaces narrower than its estimate of a space (justified TeX output with
  // subset fonts); a gap wider than this share of the font size is a space too.
  private static final float WORD_GAP = 0.12f;
  private static final Pattern BOLD_NAME =
      Pattern.compile("(?i).*(bold|black|heavy|semibold|demi).*");
  // TeX's bold extended faces (CMBX10, SFBX1200) and Libertine-style "B" suffixes (LinLibertineB).
  private static final Pattern BOLD_TEX_NAME = Pattern.compile("(?:(?:CM|SF|EC|LM)BX.*|.*[a-z]B)");

  private final ParseLimits limits;

  /** A reader with {@link ParseLimits#DEFAULT}. */
  public PdfReader() {
    this(ParseLimits.DEFAULT);
  }

  /** A reader bounded by {@code limits} (pages, lines, characters per line). */
  public PdfReader(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** {@code application/pdf}. */
  @Override
  public Set<String> supportedTypes() {
    return Set.of(FormatDetector.PDF);
  }

  /**
   * Reads a PDF. The stream is read to its end (at most {@link ParseLimits#maxBytes()} bytes) and
   * not closed. {@link TextDocument#pages()} is the document's page count, even when only the
   * first {@link ParseLimits#maxPages()} pages are read (the document then carries a {@code
   * truncated} warning).
   *
   * @throws DocumentException {@link Reason#ENCRYPTED} when a user password is needed, {@link
   *     Reason#CORRUPT} for bytes that are not a readable PDF, {@link Reason#NO_TEXT} when no page
   *     read has extractable characters, {@link Reason#TOO_LARGE} past the byte limit and {@link
   *     Reason#IO} when the stream fails
   */
  @Override
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes = readBounded(in, source.name());
    PDDocument document = load(bytes, source.name());
    try {
      return read(document, source);
    } finally {
      closeQuietly(document);
    }
  }

  private TextDocument read(PDDocument document, Source source) throws DocumentException {
    int pages = document.getNumberOfPages();
    if (pages == 0) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "the PDF has no pages");
    }
    Collector collector = new Collector(limits);
    // Content-stream order keeps columns apart; sorting by position would merge their rows.
    collector.setSortByPosition(false);
    collector.setEndPage(Math.min(pages, limits.maxPages()));
    try {
      collector.writeText(document, Writer.nullWriter());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DocumentException(
          Reason.CORRUPT,
          source.name(),
          "the PDF content could not be read: " + e.getClass().getSimpleName(),
          e);
    }
    List<Line> lines =
        LineLayout.layout(collector.lines, collector.charsBySize, limits.maxLineChars());
    if (lines.isEmpty()) {
      throw new DocumentException(Reason.NO_TEXT, source.name(), "no page has extractable text");
    }
    Set<String> warnings = new LinkedHashSet<>();
    if (pages > limits.maxPages() || collector.truncated) {
      warnings.add(TRUNCATED);
    }
    if (collector.unmappedChars > GARBLED_SHARE * collector.totalChars) {
      warnings.add(GARBLED);
    }
    return new TextDocument(source, pages, lines, List.copyOf(warnings));
  }

  private byte[] readBounded(InputStream in, String name) throws DocumentException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read input: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, name, "over the limit of " + limits.maxBytes() + " bytes");
    }
    return bytes;
  }

  private static PDDocument load(byte[] bytes, String name) throws DocumentException {
    try {
      // Owner-password-only PDFs open with the empty password and are read like any other.
      return Loader.loadPDF(bytes);
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
    String name = font.getName();
    if (name == null) {
      return false;
    }
    // Embedded subsets are named "ABCDEF+Family-Style".
    int plus = name.indexOf('+');
    String base = plus >= 0 ? name.substring(plus + 1) : name;
    return BOLD_NAME.matcher(base).matches() || BOLD_TEX_NAME.matcher(base).matches();
  }

  private record Glyph(
      String text,
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
  }

  // Collects PDFBox's lines with their geometry; one instance per document.
  private static final class Collector extends PDFTextStripper {
    private final ParseLimits limits;
    private final List<RawLine> lines = new ArrayList<>();
    private final Map<Float, Integer> charsBySize = new HashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private boolean truncated;
    private long totalChars;
    private long unmappedChars;

    private List<PageLinks.Area> pageLinks = List.of();
    private final StringBuilder text = new StringBuilder();
    private final List<Glyph> glyphs = new ArrayList<>();
    private int word;

    Collector(ParseLimits limits) {
      this.limits = limits;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      // PDFBox never checks for interrupts: a caller's timeout stops a slow page here.
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) {
      finishLine();
      pageLinks = PageLinks.read(page, limits.maxLineChars());
    }

    @Override
    protected void endPage(PDPage page) {
      // PDFBox writes no line separator after a page's last line.
      finishLine();
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
      if (!string.equals(unicodeOf(positions))) {
        // PDFBox rewrote the word (right-to-left order, presentation forms): keep its text whole.
        text.append(string);
        positions.forEach(this::addGlyph);
        return;
      }
      for (TextPosition position : positions) {
        String unicode = position.getUnicode();
        if (!endsWithSpace() && !unicode.isBlank() && !bothCjk(unicode) && wideGap(position)) {
          text.append(' ');
          word++;
        }
        text.append(unicode);
        addGlyph(position);
      }
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
      return !glyphs.isEmpty() && gap(next) < em();
    }

    private boolean wideGap(TextPosition next) {
      return !glyphs.isEmpty() && gap(next) > WORD_GAP * em();
    }

    private float gap(TextPosition next) {
      Glyph last = glyphs.get(glyphs.size() - 1);
      return next.getXDirAdj() - (last.x() + last.width());
    }

    private float em() {
      Glyph last = glyphs.get(glyphs.size() - 1);
      return last.size() > 0 ? last.size() : last.height();
    }

    private static String unicodeOf(List<TextPosition> positions) {
      StringBuilder sb = new StringBuilder();
      for (TextPosition position : positions) {
        if (position.getUnicode() == null) {
          return null;
        }
        sb.append(position.getUnicode());
      }
      return sb.toString();
    }

    private void addGlyph(TextPosition position) {
      String unicode = position.getUnicode();
      if (unicode == null || glyphs.size() >= 2 * limits.maxLineChars()) {
        return;
      }
      PDFont font = position.getFont();
      boolean bold = font != null && boldFonts.computeIfAbsent(font, PdfReader::looksBold);
      glyphs.add(
          new Glyph(
              unicode,
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
      String clean = PdfText.clean(text.toString());
      if (clean.isEmpty()) {
        return;
      }
      if (clean.length() > limits.maxLineChars()) {
        clean = cut(clean, limits.maxLineChars());
        truncated = true;
      }
      Map<Float, Integer> sizes = new HashMap<>();
      int chars = 0;
      int boldChars = 0;
      float height = 0;
      float right = 0;
      for (Glyph glyph : glyphs) {
        height = Math.max(height, glyph.height());
        right = Math.max(right, glyph.x() + glyph.width());
        int n = visibleChars(glyph.text());
        if (n == 0) {
          continue;
        }
        chars += n;
        sizes.merge(glyph.size(), n, Integer::sum);
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
      float size = dominant(sizes);
      sizes.forEach((s, n) -> charsBySize.merge(s, n, Integer::sum));
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
              links()));
    }

    private int visibleChars(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (PdfText.isSpace(cp)) {
          continue;
        }
        n++;
        totalChars++;
        if (cp == 0xFFFD || Character.getType(cp) == Character.CONTROL) {
          unmappedChars++;
        }
      }
      return n;
    }

    private List<Link> links() {
      if (pageLinks.isEmpty()) {
        return List.of();
      }
      List<Link> links = new ArrayList<>();
      for (PageLinks.Area area : pageLinks) {
        StringBuilder under = new StringBuilder();
        int lastWord = -1;
        for (Glyph glyph : glyphs) {
          if (!area.contains(glyph.centerX(), glyph.centerY())) {
            continue;
          }
          if (lastWord >= 0 && glyph.word() != lastWord) {
            under.append(' ');
          }
          under.append(glyph.text());
          lastWord = glyph.word();
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
