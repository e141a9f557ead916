package dev.vitae.parser;

import dev.vitae.parser.pdf.PdfOptions;
import dev.vitae.parser.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The parser facade: bytes in, {@link TextDocument} out. Reads the whole input (bounded by {@link
 * ParseLimits#maxBytes()}), digests it, detects its format and hands it to the matching reader.
 * Thread-safe.
 */
public final class DocumentParser {
  private final Readers readers;
  private final FormatDetector detector;
  private final ParseLimits limits;

  public DocumentParser(Readers readers, FormatDetector detector, ParseLimits limits) {
    this.readers = Objects.requireNonNull(readers, "readers");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Every shipped reader with default limits. */
  public static DocumentParser withDefaults() {
    return withLimits(ParseLimits.DEFAULT);
  }

  /** Every shipped reader, each bounded by {@code limits}. */
  public static DocumentParser withLimits(ParseLimits limits) {
    return withLimits(limits, false);
  }

  /**
   * Every shipped reader, each bounded by {@code limits}; with {@code ocr}, PDF pages whose text
   * layer is missing or unusable are read by a local {@code tesseract} (see {@link PdfOptions}).
   */
  public static DocumentParser withLimits(ParseLimits limits, boolean ocr) {
    Readers readers = Readers.defaults(limits);
    if (ocr) {
      readers = readers.with(new PdfReader(limits, PdfOptions.DEFAULT.withOcr(true)));
    }
    return new DocumentParser(readers, new FormatDetector(), limits);
  }

  public ParseLimits limits() {
    return limits;
  }

  /**
   * Reads a file.
   *
   * @param name how the file is named in outputs and messages (usually a relative path)
   */
  public TextDocument parse(Path file, String name) throws DocumentException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new DocumentException(Reason.IO, name, "no such file", e);
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read file: " + e.getMessage(), e);
    }
    if (size > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, name, size + " bytes, over the limit of " + limits.maxBytes());
    }
    // Read through the bounded stream path, not Files.readAllBytes: a file that reports no size
    // (a pipe, /dev/zero, /proc) would be read without end.
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name);
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read file: " + e.getMessage(), e);
    }
  }

  /** Reads a stream to its end (the caller closes it) and parses what it held. */
  public TextDocument parse(InputStream in, String name) throws DocumentException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read input: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, name, "over the limit of " + limits.maxBytes() + " bytes");
    }
    return parse(bytes, name);
  }

  /**
   * Parses bytes already in memory, within the memory budget of {@link ParseLimits#maxMemory()} (or
   * the budget a caller opened already on this thread, see {@link MemoryBudget}).
   */
  public TextDocument parse(byte[] bytes, String name) throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    if (bytes.length == 0) {
      throw new DocumentException(Reason.EMPTY_FILE, name, "the file is empty");
    }
    try (MemoryBudget.Scope budget = MemoryBudget.open(limits.maxMemory())) {
      TextDocument doc;
      try {
        doc = read(bytes, name);
      } catch (MemoryBudget.Exceeded e) {
        throw e.toDocumentException(name);
      } catch (DocumentException | RuntimeException e) {
        // A reader or library that caught the budget's exception fails in its own way: too-large.
        budget.requireWithin(name);
        throw e;
      }
      budget.requireWithin(name);
      return doc;
    }
  }

  private TextDocument read(byte[] bytes, String name) throws DocumentException {
    String type;
    try {
      type = detector.detect(bytes, name);
    } catch (MemoryBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DocumentException(
          Reason.UNSUPPORTED_FORMAT,
          name,
          "format detection failed: " + e.getClass().getSimpleName(),
          e);
    }
    DocumentReader reader =
        readers
            .find(type)
            .orElseThrow(
                () ->
                    new DocumentException(
                        Reason.UNSUPPORTED_FORMAT, name, "no reader for media type " + type));
    Source source = new Source(name, type, sha256(bytes), bytes.length);
    try {
      TextDocument doc = reader.read(new ByteArrayInputStream(bytes), source);
      if (doc.lines().isEmpty()) {
        throw new DocumentException(Reason.NO_TEXT, name, "no text could be read");
      }
      return doc;
    } catch (DocumentException | MemoryBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug or a library failing on hostile input: typed, so the batch goes on.
      throw new DocumentException(
          Reason.CORRUPT,
          name,
          "the " + type + " reader failed: " + e.getClass().getSimpleName(),
          e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }
}
