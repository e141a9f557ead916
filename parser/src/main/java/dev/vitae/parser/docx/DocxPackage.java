package dev.vitae.parser.docx;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The XML parts of a DOCX package and their relationships, read from the zip in one bounded pass.
 * Pictures and other binary parts (PNG, SVG, EMF, fonts, OLE objects) are counted against the
 * budget but never kept or parsed, so that no picture can make a document unreadable. Immutable
 * once read.
 */
final class DocxPackage {
  static final String OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  static final String STYLES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
  static final String NUMBERING =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
  static final String EXTENDED_PROPERTIES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
  private static final String RELS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final int MAX_ENTRIES = 10_000;

  /** A relationship of a part: its id, type and target (resolved to a part name if internal). */
  record Rel(String id, String type, String target, boolean external) {}

  private final Map<String, byte[]> parts;

  private DocxPackage(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  /**
   * Reads the package's XML parts. Fails with {@code TOO_LARGE} when the parts inflate past {@code
   * budget} bytes or are too many, and with {@code CORRUPT} for a broken or empty zip.
   */
  static DocxPackage read(byte[] bytes, long budget, Source source) throws DocumentException {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new DocumentException(
              Reason.TOO_LARGE, source.name(), "more than " + MAX_ENTRIES + " parts");
        }
        String name = normalize(entry.getName());
        boolean keep = isXml(name) && !parts.containsKey(name);
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > budget) {
            throw new DocumentException(
                Reason.TOO_LARGE, source.name(), "parts inflate past " + budget + " bytes");
          }
          if (kept != null) {
            kept.write(buffer, 0, n);
          }
        }
        if (kept != null) {
          parts.put(name, kept.toByteArray());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "broken zip package", e);
    }
    if (entries == 0) {
      throw new DocumentException(Reason.CORRUPT, source.name(), "empty zip package");
    }
    return new DocxPackage(parts);
  }

  private static boolean isXml(String name) {
    return name.endsWith(".xml") || name.endsWith(".rels");
  }

  // Part names are case-insensitive and have no leading slash here.
  private static String normalize(String name) {
    String s = name.replace('\\', '/');
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** The root element of a part, or empty when the part is missing or not well-formed XML. */
  Optional<Element> root(String part) {
    byte[] xml = parts.get(normalize(part));
    if (xml == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          DocumentHelper.readDocument(new ByteArrayInputStream(xml)).getDocumentElement());
    } catch (IOException | SAXException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the package holds a part of that name. */
  boolean has(String part) {
    return parts.containsKey(normalize(part));
  }

  /** The relationships of a part ({@code ""} for the package), in document order. */
  List<Rel> rels(String part) {
    String name = normalize(part);
    int slash = name.lastIndexOf('/');
    String folder = slash < 0 ? "" : name.substring(0, slash + 1);
    String relsName = folder + "_rels/" + name.substring(slash + 1) + ".rels";
    List<Rel> out = new ArrayList<>();
    Optional<Element> root = root(relsName);
    if (root.isEmpty()) {
      return out;
    }
    for (Element e : Ooxml.children(root.get())) {
      if (!Ooxml.is(e, RELS_NS, "Relationship")) {
        continue;
      }
      String target = e.getAttribute("Target");
      boolean external = "External".equalsIgnoreCase(e.getAttribute("TargetMode"));
      out.add(
          new Rel(
              e.getAttribute("Id"),
              e.getAttribute("Type"),
              external ? target : resolve(folder, target),
              external));
    }
    return out;
  }

  /** The first internal target of a relationship type from a part. */
  Optional<String> target(String part, String type) {
    for (Rel rel : rels(part)) {
      if (!rel.external() && rel.type().equals(type)) {
        return Optional.of(rel.target());
      }
    }
    return Optional.empty();
  }

  /** A relationship's target as a URI string (as OPC reads it), for hyperlinks. */
  static Optional<String> uri(String target) {
    try {
      return Optional.of(PackagingURIHelper.toURI(target).toString());
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // a malformed target: the text stays, the link goes
    }
  }

  // A relative target against the folder of its source part; ".." and "." resolved.
  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target : folder + target;
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }
}
