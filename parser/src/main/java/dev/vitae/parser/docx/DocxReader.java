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
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads Word documents (DOCX, WordprocessingML) into lines with layout. Only the package's XML
 * parts are read ({@link DocxPackage}, with POI's secure XML parser); pictures (PNG, SVG, EMF) and
 * other binary parts are never opened, so no picture can fail a document.
 *
 * <p>Each paragraph gives a line (several when it holds line breaks), in reading order: the header
 * of the first page, then the body, then the footer of the first page (page numbers left out). A
 * tab to a right-aligned stop, or several typed tabs, separates cells of the line ({@code Title |
 * 2019 – 2021}). Heading styles ({@code Heading 1}-{@code 6}, {@code Title}, localized names,
 * outline levels) give the heading level; numbered and bulleted paragraphs the list depth (level +
 * 1), as do typed bullets, which are removed from the text. A line is bold when all its visible
 * characters are; its font size is the size most of its characters have, and its relative size that
 * divided by the document's body size. Indents are in points. Tables, hyperlinks, fields and text
 * boxes are read as {@link BodyWalker} describes. The page of a line counts explicit and
 * last-rendered page breaks; the page count is the larger of that and the document's own
 * statistics. Column breaks in a multi-column section advance the line's column. Hidden and deleted
 * text is skipped.
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
    DocxPackage pkg = DocxPackage.read(bytes, INFLATE_FACTOR * limits.maxBytes(), source);
    String main =
        pkg.target("", DocxPackage.OFFICE_DOCUMENT)
            .filter(pkg::has)
            .orElseThrow(
                () ->
                    new DocumentException(
                        Reason.CORRUPT, source.name(), "not a readable DOCX package: no document"));
    Element document =
        pkg.root(main)
            .filter(e -> Ooxml.isW(e, "document"))
            .orElseThrow(
                () ->
                    new DocumentException(
                        Reason.CORRUPT, source.name(), "malformed DOCX part: the document"));
    return read(pkg, main, document, source);
  }

  private TextDocument read(DocxPackage pkg, String main, Element document, Source source) {
    @Nullable Element styles = pkg.target(main, DocxPackage.STYLES).flatMap(pkg::root).orElse(null);
    List<Element> numbering = new ArrayList<>();
    pkg.target(main, DocxPackage.NUMBERING)
        .flatMap(pkg::root)
        .ifPresent(
            root -> {
              for (String kind : List.of("abstractNum", "num")) {
                for (Element e : Ooxml.children(root)) {
                  if (Ooxml.isW(e, kind)) {
                    numbering.add(e);
                  }
                }
              }
            });
    BodyWalker walker =
        new BodyWalker(new DocxStyles(styles, numbering), limits.maxLines(), limits.maxPages());
    List<DocxPackage.Rel> mainRels = pkg.rels(main);
    Optional<Element> body = Ooxml.findW(document, "body");
    Optional<Element> sectPr = body.flatMap(b -> Ooxml.findW(b, "sectPr"));
    List<LineDraft> drafts = new ArrayList<>();
    Optional<String> header = headerOrFooter(sectPr, "headerReference", mainRels);
    header.ifPresent(
        part ->
            pkg.root(part)
                .ifPresent(hdr -> drafts.addAll(walker.walk(hdr, false, links(pkg.rels(part))))));
    body.ifPresent(b -> drafts.addAll(walker.walk(b, true, links(mainRels))));
    Optional<String> footer = headerOrFooter(sectPr, "footerReference", mainRels);
    footer.ifPresent(
        part ->
            pkg.root(part)
                .ifPresent(ftr -> drafts.addAll(walker.walk(ftr, false, links(pkg.rels(part))))));
    LineSink sink = new LineSink(limits);
    if (walker.truncated()) {
      sink.warn(LineSink.TRUNCATED);
    }
    List<Integer> pages = emit(drafts, sink);
    TextDocument collected = sink.toDocument(source, 1);
    List<Line> lines = new ArrayList<>(collected.lines().size());
    for (Line line : collected.lines()) {
      lines.add(
          new Line(line.index(), pages.get(line.index()), line.text(), line.style(), line.links())
              .withCues(line.cues()));
    }
    int pageCount =
        Math.max(walker.pages(), lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page());
    int statedPages = statedPages(pkg);
    if (statedPages > pageCount && statedPages <= limits.maxPages()) {
      pageCount = statedPages;
    }
    return new TextDocument(
        source, Math.min(pageCount, limits.maxPages()), lines, collected.warnings());
  }

  // The first-page header (or footer) of the last section if it has one, else its default one.
  private static Optional<String> headerOrFooter(
      Optional<Element> sectPr, String reference, List<DocxPackage.Rel> rels) {
    if (sectPr.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> first = Optional.empty();
    @Nullable String fallback = null;
    for (Element ref : Ooxml.children(sectPr.get())) {
      if (!Ooxml.isW(ref, reference)) {
        continue;
      }
      String type = Ooxml.findAttr(ref, "type").orElse("default");
      Optional<String> part =
          Ooxml.findAttr(ref, Ooxml.R, "id")
              .flatMap(id -> rels.stream().filter(r -> r.id().equals(id)).findFirst())
              .filter(r -> !r.external())
              .map(DocxPackage.Rel::target);
      if (type.equals("first") && first.isEmpty()) {
        first = part;
      } else if (type.equals("default") && fallback == null) {
        fallback = part.orElse(null);
      }
    }
    return first.isPresent() ? first : Optional.ofNullable(fallback);
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
  }

  static boolean isEncryptedPackage(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Function<String, Optional<String>> links(List<DocxPackage.Rel> rels) {
    return id -> {
      for (DocxPackage.Rel rel : rels) {
        if (rel.id().equals(id)) {
          return DocxPackage.uri(rel.target());
        }
      }
      return Optional.empty();
    };
  }

  private static int statedPages(DocxPackage pkg) {
    return pkg.target("", DocxPackage.EXTENDED_PROPERTIES)
        .flatMap(pkg::root)
        .flatMap(
            props -> {
              for (Element e : Ooxml.children(props)) {
                if ("Pages".equals(e.getLocalName())) {
                  return Ooxml.parseInt(Ooxml.text(e));
                }
              }
              return Optional.empty();
            })
        .orElse(0);
  }
}
