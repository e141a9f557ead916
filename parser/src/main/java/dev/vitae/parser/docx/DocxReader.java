package dev.vitae.parser.docx;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.DraftText;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.Mojibake;
import dev.vitae.parser.internal.TextInput;
import dev.vitae.parser.internal.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Word documents (DOCX, WordprocessingML) with Apache POI into lines with layout.
 *
 * <p>Each paragraph gives a line (several when it holds line breaks), in reading order: the header
 * of the first page, then the body. Heading styles ({@code Heading 1}-{@code 6}, {@code Title},
 * localized names, outline levels) give the heading level; numbered and bulleted paragraphs the
 * list depth (level + 1), as do typed bullets, which are removed from the text. A line is bold when
 * all its visible characters are; its font size is the size most of its characters have, and its
 * relative size that divided by the document's body size. Indents are in points. Tables,
 * hyperlinks, fields and text boxes are read as {@link BodyWalker} describes. The page of a line
 * counts explicit and last-rendered page breaks; the page count is the larger of that and the
 * document's own statistics. Column breaks in a multi-column section advance the line's column.
 * Hidden and deleted text is skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxReader implements DocumentReader {
  /** The DOCX media type. */
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Password-protected OOXML, as {@link FormatDetector} names it. */
  public static final String OOXML_PROTECTED = FormatDetector.OOXML_PROTECTED;

  private static final Set<String> TYPES =
      Set.of(
          DOCX,
          "application/vnd.ms-word.document.macroenabled.12",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
          "application/vnd.ms-word.template.macroenabled.12",
          OOXML_PROTECTED);

  // Uncompressed parts may take this many times the input size limit; more is a zip bomb.
  private static final int INFLATE_FACTOR = 4;
  private static final int MAX_ENTRIES = 10_000;
  private static final float TWO_DECIMALS = 100f;

  private final ParseLimits limits;

  /** A reader with {@link ParseLimits#DEFAULT}. */
  public DocxReader() {
    this(ParseLimits.DEFAULT);
  }

  /**
   * A reader bounded by {@code limits}: input bytes, their uncompressed size ({@value
   * #INFLATE_FACTOR} times the byte limit), pages, lines and characters per line.
   */
  public DocxReader(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public Set<String> supportedTypes() {
    return TYPES;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Fails with {@code ENCRYPTED} for a password-protected document, {@code CORRUPT} when the
   * bytes are not a readable DOCX package (not a zip, a broken zip, a missing or malformed main
   * part), {@code UNSUPPORTED_FORMAT} for a legacy binary Word file, and {@code TOO_LARGE} over the
   * byte limit or when the parts would inflate past {@value #INFLATE_FACTOR} times it. Lines and
   * pages past the limits are dropped with a "truncated" warning.
   */
  @Override
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes = readBounded(in, source);
    checkContainer(bytes, source);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return read(doc, source);
    } catch (IOException e) {
      // POI's own inflate-ratio guard (ZipSecureFile) says so only in its message.
      boolean bomb = String.valueOf(e.getMessage()).contains("Zip bomb");
      throw new DocumentException(
          bomb ? Reason.TOO_LARGE : Reason.CORRUPT,
          source.name(),
          bomb ? "a part inflates suspiciously" : "not a readable DOCX package: IOException",
          e);
    } catch (POIXMLException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException
        | RecordFormatException e) {
      throw new DocumentException(
          Reason.CORRUPT,
          source.name(),
          "not a readable DOCX package: " + e.getClass().getSimpleName(),
          e);
    } catch (XmlException | InvalidFormatException e) {
      throw new DocumentException(
          Reason.CORRUPT, source.name(), "malformed DOCX part: " + e.getClass().getSimpleName(), e);
    }
  }

  private TextDocument read(XWPFDocument doc, Source source)
      throws XmlException, IOException, InvalidFormatException {
    Element styles = doc.getStyles() == null ? null : element(doc.getStyles().getCtStyles());
    List<Element> numbering = new ArrayList<>();
    if (doc.getNumbering() != null) {
      for (XWPFAbstractNum abstractNum : doc.getNumbering().getAbstractNums()) {
        numbering.add(element(abstractNum.getCTAbstractNum()));
      }
      for (XWPFNum num : doc.getNumbering().getNums()) {
        numbering.add(element(num.getCTNum()));
      }
    }
    BodyWalker walker =
        new BodyWalker(new DocxStyles(styles, numbering), limits.maxLines(), limits.maxPages());
    List<LineDraft> drafts = new ArrayList<>();
    Optional<XWPFHeader> header = firstHeader(doc);
    Element headerBody = header.map(h -> element(h._getHdrFtr())).orElse(null);
    if (headerBody != null) {
      drafts.addAll(walker.walk(headerBody, false, links(header.get().getPackagePart())));
    }
    Element body = element(doc.getDocument().getBody());
    if (body != null) {
      drafts.addAll(walker.walk(body, true, links(doc.getPackagePart())));
    }
    LineSink sink = new LineSink(limits);
    if (walker.truncated()) {
      sink.warn(LineSink.TRUNCATED);
    }
    List<Integer> pages = emit(drafts, sink);
    TextDocument collected = sink.toDocument(source, 1);
    List<Line> lines = new ArrayList<>(collected.lines().size());
    for (Line line : collected.lines()) {
      lines.add(
          new Line(line.index(), pages.get(line.index()), line.text(), line.style(), line.links()));
    }
    int pageCount =
        Math.max(walker.pages(), lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page());
    int statedPages = statedPages(doc);
    if (statedPages > pageCount && statedPages <= limits.maxPages()) {
      pageCount = statedPages;
    }
    return new TextDocument(
        source, Math.min(pageCount, limits.maxPages()), lines, collected.warnings());
  }

  // Adds the drafts to the sink; returns the page of each line the sink kept.
  // identity: Mojibake.repair returns its argument when it changed nothing
  @SuppressWarnings("ReferenceEquality")
  private List<Integer> emit(List<LineDraft> drafts, LineSink sink) {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (LineDraft draft : drafts) {
      draft.sizeChars().forEach((size, chars) -> sizes.merge(size, chars, Integer::sum));
    }
    int body = DraftText.dominant(sizes);
    List<Integer> pages = new ArrayList<>(drafts.size());
    boolean repaired = false;
    for (LineDraft draft : drafts) {
      String raw = draft.text().toString();
      String text = Mojibake.repair(raw);
      repaired |= text != raw;
      if (TextNormalizer.normalizeLine(text).isEmpty()) {
        sink.breakBlock();
        continue;
      }
      int size = draft.dominantSize();
      float points = size / 2f;
      float relative =
          body > 0 && size > 0 ? Math.round(size * TWO_DECIMALS / body) / TWO_DECIMALS : 1;
      LineStyle style =
          new LineStyle(
              points,
              relative,
              draft.isBold(),
              draft.indent,
              draft.headingLevel,
              draft.listDepth,
              draft.blockStart,
              draft.column);
      sink.add(text, style, draft.links());
      pages.add(draft.page);
    }
    if (repaired) {
      sink.warn(TextInput.MOJIBAKE_REPAIRED);
    }
    return pages;
  }

  private byte[] readBounded(InputStream in, Source source) throws DocumentException {
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
    return bytes;
  }

  // Encrypted OOXML is an OLE2 file; anything else must be a zip whose parts inflate boundedly.
  private void checkContainer(byte[] bytes, Source source) throws DocumentException {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(bytes);
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      if (isEncryptedPackage(bytes)) {
        throw new DocumentException(
            Reason.ENCRYPTED, source.name(), "the document is password-protected");
      }
      throw new DocumentException(
          Reason.UNSUPPORTED_FORMAT, source.name(), "a legacy binary Office file, not DOCX");
    }
    if (magic != FileMagic.OOXML) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "not a zip package");
    }
    long budget = INFLATE_FACTOR * limits.maxBytes();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new DocumentException(
              Reason.TOO_LARGE, source.name(), "more than " + MAX_ENTRIES + " parts");
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > budget) {
            throw new DocumentException(
                Reason.TOO_LARGE, source.name(), "parts inflate past " + budget + " bytes");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "broken zip package", e);
    }
    if (entries == 0) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "empty zip package");
    }
  }

  static boolean isEncryptedPackage(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<XWPFHeader> firstHeader(XWPFDocument doc) {
    if (doc.getHeaderFooterPolicy() == null) {
      return Optional.empty();
    }
    XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
    XWPFHeader header = first != null ? first : doc.getHeaderFooterPolicy().getDefaultHeader();
    return Optional.ofNullable(header);
  }

  private static Function<String, Optional<String>> links(PackagePart part) {
    return id -> {
      try {
        PackageRelationship rel = part.getRelationship(id);
        return rel == null || rel.getTargetURI() == null
            ? Optional.empty()
            : Optional.of(rel.getTargetURI().toString());
      } catch (RuntimeException e) {
        return Optional.empty(); // a malformed target: the text stays, the link goes
      }
    };
  }

  private static int statedPages(XWPFDocument doc) {
    try {
      var props = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
      return props.isSetPages() ? props.getPages() : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static @Nullable Element element(XmlObject xml) {
    if (xml == null) {
      return null;
    }
    Node node = xml.getDomNode();
    return node instanceof Element e ? e : null;
  }
}
