package dev.vitae.beam;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import java.io.InputStream;
import java.util.Objects;

/**
 * The parser facade followed by the extractor, as {@code vitae batch} runs them. Thread-safe, as
 * both parts are.
 */
public record Conversion(DocumentParser parser, ResumeExtractor extractor) {

  /** Checks that both parts are present. */
  public Conversion {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** The shipped parser with default limits and the standard extraction pipeline. */
  public static Conversion standard() {
    return new Conversion(DocumentParser.withDefaults(), ResumeExtractor.standard());
  }

  /**
   * Reads a stream to its end (bounded by the parser's limits) and extracts what it held. Does not
   * close {@code in}.
   *
   * @param name how the document is named in its output and in messages
   * @throws DocumentException when the bytes cannot be read as a document; a runtime exception is a
   *     bug, which callers report as {@link dev.vitae.parser.Reason#INTERNAL}
   */
  public Resume convert(InputStream in, String name) throws DocumentException {
    return extractor.extract(parser.parse(in, name));
  }
}
