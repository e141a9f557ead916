package dev.vitae.convert;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.ParseLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One document in, one {@link Resume} out. Implementations are thread-safe: a batch shares one
 * instance between all its threads. A converter throws; {@link Conversion#of} turns what it throws
 * into a {@link Failure}.
 */
public interface ResumeConverter {

  /**
   * Reads and extracts a file.
   *
   * @param name how the document is named in its output and in messages (a path relative to the
   *     batch root, or the path as the user gave it)
   * @throws DocumentException when the file cannot be read as a document; a runtime exception means
   *     a bug, which {@link Conversion#of} reports as {@link dev.vitae.parser.Reason#INTERNAL}
   */
  Resume convert(Path file, String name) throws DocumentException;

  /**
   * Reads a stream to its end and extracts what it held. Does not close {@code in}.
   *
   * @throws DocumentException when the bytes cannot be read as a document
   */
  Resume convert(InputStream in, String name) throws DocumentException;

  /**
   * Extracts a document already in memory; the array is not modified.
   *
   * @throws DocumentException when the bytes cannot be read as a document
   */
  default Resume convert(byte[] bytes, String name) throws DocumentException {
    return convert(new ByteArrayInputStream(bytes), name);
  }

  /**
   * This converter with its readers bounded by {@code limits}, sharing everything else (the
   * extractor and its models). A converter that has no readers of its own returns itself.
   */
  default ResumeConverter withLimits(ParseLimits limits) {
    return this;
  }

  /**
   * This converter reading PDF pages without a usable text layer through a local {@code tesseract}
   * when {@code ocr} is true. A converter that has no readers of its own returns itself.
   */
  default ResumeConverter withOcr(boolean ocr) {
    return this;
  }

  /** The shipped parser with default limits and the rule-based extractor, each built once. */
  static ResumeConverter standard() {
    return of(DocumentParser.withDefaults(), ResumeExtractor.standard());
  }

  /** Parses with {@code parser}, then extracts with {@code extractor}. */
  static ResumeConverter of(DocumentParser parser, ResumeExtractor extractor) {
    return new ParsingConverter(parser, extractor, false);
  }
}
