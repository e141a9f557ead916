package dev.vitae.parser;

import dev.vitae.parser.internal.DecodedText;
import dev.vitae.parser.internal.TextDecoder;
import dev.vitae.parser.markdown.MarkdownEvidence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Decides a document's media type from its bytes and name with Tika, and tells Markdown from plain
 * text by content (a {@code .txt} that holds Markdown is Markdown). Thread-safe.
 *
 * <p>Content wins over the name: a PDF named {@code cv.txt} is {@value #PDF}. Tika's Markdown types
 * and {@code .md} / {@code .markdown} names give {@value #MARKDOWN}; {@code text/plain} whose
 * content reads as Markdown ({@link MarkdownEvidence}) does too. Legacy-encoded or UTF-16 text that
 * Tika cannot tell from binary is {@value #PLAIN_TEXT}. Other types (HTML, DOCX, JSON, ...) are
 * returned as Tika names them.
 */
public final class FormatDetector {
  /** PDF documents. */
  public static final String PDF = "application/pdf";

  /** Markdown, including {@code .txt} files written in Markdown. */
  public static final String MARKDOWN = "text/markdown";

  /** Plain text in any charset. */
  public static final String PLAIN_TEXT = "text/plain";

  /** Password-protected OOXML (DOCX and its kin): an OLE2 file holding an encrypted package. */
  public static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

  private static final String OCTET_STREAM = "application/octet-stream";
  private static final String OLE2 = "application/x-tika-msoffice";
  private static final String OOXML = "application/x-tika-ooxml";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final byte[] DOCX_MAIN_PART =
      "word/document.xml".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> MARKDOWN_TYPES =
      Set.of(MARKDOWN, "text/x-web-markdown", "text/x-markdown");

  // Text is sniffed on at most this prefix.
  private static final int SNIFF_BYTES = 1 << 20;

  // Share of ordinary characters from which bytes Tika did not recognize count as text.
  private static final double TEXT_SHARE = 0.98;

  private final Detector detector = new DefaultDetector();

  /**
   * The media type without parameters, such as {@value #PDF}; {@code application/octet-stream} when
   * nothing is recognized. Never throws on bad input.
   *
   * @param name the file name (only its extension matters), may be empty
   */
  public String detect(byte[] bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    if (startsWith(bytes, PDF_MAGIC)) {
      return PDF; // the commonest input by far: no need to run Tika's whole magic table
    }
    String type = tikaType(bytes, name);
    if (MARKDOWN_TYPES.contains(type) || (PLAIN_TEXT.equals(type) && hasMarkdownName(name))) {
      return MARKDOWN;
    }
    if (PLAIN_TEXT.equals(type)) {
      return MarkdownEvidence.looksLikeMarkdown(sniff(bytes).text()) ? MARKDOWN : PLAIN_TEXT;
    }
    if (OOXML.equals(type) && contains(bytes, DOCX_MAIN_PART)) {
      return DOCX; // without a file name, tika-core only knows "some OOXML package"
    }
    if (OLE2.equals(type) && isEncryptedOoxml(bytes)) {
      return OOXML_PROTECTED;
    }
    if (OCTET_STREAM.equals(type) && bytes.length > 0) {
      DecodedText text = sniff(bytes);
      if (!text.text().isEmpty() && TextDecoder.textShare(text.text()) >= TEXT_SHARE) {
        return MarkdownEvidence.looksLikeMarkdown(text.text()) ? MARKDOWN : PLAIN_TEXT;
      }
    }
    return type;
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private String tikaType(byte[] bytes, String name) {
    Metadata metadata = new Metadata();
    if (!name.isEmpty()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = detector.detect(in, metadata);
      return type.getBaseType().toString();
    } catch (IOException e) {
      // Reading a byte array does not fail; if Tika still does, the name and content are unknown.
      return OCTET_STREAM;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  // Zip entry names are stored as they are, in the local headers and the central directory.
  private static boolean contains(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  // tika-core names any OLE2 file; its encrypted-package entries tell protected OOXML apart.
  private static boolean isEncryptedOoxml(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo") && fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasMarkdownName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private static DecodedText sniff(byte[] bytes) {
    return TextDecoder.decodePrefix(bytes, Math.min(bytes.length, SNIFF_BYTES));
  }
}
