package dev.vitae.parser.html;

import dev.vitae.parser.Cell;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.DraftText;
import dev.vitae.parser.internal.HtmlParsing;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.Mojibake;
import dev.vitae.parser.internal.TextDecoder;
import dev.vitae.parser.internal.TextInput;
import dev.vitae.parser.internal.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Reads HTML and XHTML with jsoup into lines with layout ({@link HtmlWalker} says how elements
 * become lines). Only the body is read: the {@code <title>} and other {@code <head>} content is
 * page metadata. The charset comes from a byte order mark, else from a {@code <meta>} or XML
 * declaration, else from the bytes ({@link TextDecoder}); mojibake is repaired and Unicode cleaned
 * up as for text. Font sizes come only from inline styles and {@code <font size>}; when a document
 * states none, lines have font size 0 and relative size 1. Stateless and thread-safe.
 */
public final class HtmlReader implements DocumentReader {
  /** HTML documents. */
  public static final String HTML = "text/html";

  /** XHTML documents. */
  public static final String XHTML = "application/xhtml+xml";

  // Charset declarations are looked for in this prefix, as browsers do.
  private static final int DECLARATION_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']",
          Pattern.CASE_INSENSITIVE);
  private static final float DEFAULT_POINTS = 12;
  private static final float TWO_DECIMALS = 100f;

  private final ParseLimits limits;

  /** A reader with {@link ParseLimits#DEFAULT}. */
  public HtmlReader() {
    this(ParseLimits.DEFAULT);
  }

  /** A reader bounded by {@code limits} (bytes, lines, characters per line). */
  public HtmlReader(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public Set<String> supportedTypes() {
    return Set.of(HTML, XHTML);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Any bytes parse as HTML, so this fails only with {@code TOO_LARGE} or {@code IO}; lines past
   * the limits are dropped with a "truncated" warning, and unreadable text gets a "garbled-text"
   * one. A document without body text has no lines.
   */
  @Override
  // identity: Mojibake.repair returns its argument when it changed nothing
  @SuppressWarnings("ReferenceEquality")
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, source.name(), "cannot read input", e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, source.name(), "over the limit of " + limits.maxBytes() + " bytes");
    }
    LineSink sink = new LineSink(limits);
    String decoded = decode(bytes);
    String repaired = Mojibake.repair(decoded);
    if (repaired != decoded) {
      sink.warn(TextInput.MOJIBAKE_REPAIRED);
    }
    Document doc = HtmlParsing.parse(TextNormalizer.clean(repaired));
    StyleSheets.apply(doc.body());
    List<HtmlLine> lines = HtmlWalker.walk(doc.body(), limits);
    emit(lines, sink);
    String text = doc.body().text();
    if (!text.isEmpty() && TextDecoder.textShare(text) < 0.9) {
      sink.warn(TextInput.GARBLED_TEXT);
    }
    return sink.toDocument(source, 1);
  }

  private static void emit(List<HtmlLine> lines, LineSink sink) {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (HtmlLine line : lines) {
      line.sizeChars().forEach((size, chars) -> sizes.merge(size, chars, Integer::sum));
    }
    boolean sized = sizes.keySet().stream().anyMatch(size -> size > 0);
    int unstated = Math.round(DEFAULT_POINTS * 10);
    if (sized) {
      Integer unknown = sizes.remove(0);
      if (unknown != null) {
        sizes.merge(unstated, unknown, Integer::sum);
      }
    }
    int body = DraftText.dominant(sizes);
    for (HtmlLine line : lines) {
      float points = 0;
      float relative = 1;
      if (sized) {
        int size = line.dominantSize();
        size = size > 0 ? size : unstated;
        points = size / 10f;
        relative = Math.round(size * TWO_DECIMALS / body) / TWO_DECIMALS;
      }
      LineStyle style =
          new LineStyle(
              points,
              relative,
              line.isBold(),
              line.indent,
              line.headingLevel,
              line.listDepth,
              line.blockStart,
              0);
      String text = line.text().toString();
      if (line.cells.size() > 1 && text.equals(String.join(Line.CELL_SEPARATOR, line.cells))) {
        List<Cell> cells = new ArrayList<>(line.cells.size());
        for (int i = 0; i < line.cells.size(); i++) {
          cells.add(new Cell(line.cells.get(i), i, i));
        }
        sink.add(cells, style, line.links());
      } else {
        sink.add(text, style, line.links());
      }
    }
  }

  /** The text of HTML bytes: byte order mark, then declared charset, then detection. */
  static String decode(byte[] bytes) {
    if (hasByteOrderMark(bytes)) {
      return TextDecoder.decode(bytes).text();
    }
    Optional<Charset> declared = declaredCharset(bytes);
    // Detection reads valid UTF-8 as UTF-8 and also copes with a page that misdeclares it.
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared.get());
    }
    return TextDecoder.decode(bytes).text();
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return (b.length >= 3
            && (b[0] & 0xFF) == 0xEF
            && (b[1] & 0xFF) == 0xBB
            && (b[2] & 0xFF) == 0xBF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  // What a <meta> or XML declaration says, mapped as browsers map it (WHATWG Encoding).
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      Matcher meta = META_CHARSET.matcher(head);
      name = meta.find() ? meta.group(1) : null;
    }
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312" -> lower = "GB18030";
      case "iso-8859-1", "latin1", "us-ascii", "ascii" -> lower = "windows-1252";
      case "big5" -> lower = "Big5-HKSCS";
      case "utf-16", "utf-16le", "utf-16be" -> lower = "UTF-8"; // ASCII bytes cannot be UTF-16
      default -> {
        // Other names are looked up as they are.
      }
    }
    try {
      return Charset.isSupported(lower) ? Optional.of(Charset.forName(lower)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
