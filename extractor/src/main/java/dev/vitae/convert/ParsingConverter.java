package dev.vitae.convert;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.ParseLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/** The parser facade followed by the extractor, both within the document's memory budget. */
final class ParsingConverter implements ResumeConverter {
  private final DocumentParser parser;
  private final ResumeExtractor extractor;
  private final boolean ocr;

  ParsingConverter(DocumentParser parser, ResumeExtractor extractor, boolean ocr) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.ocr = ocr;
  }

  @Override
  public ResumeConverter withLimits(ParseLimits limits) {
    return new ParsingConverter(DocumentParser.withLimits(limits, ocr), extractor, ocr);
  }

  @Override
  public ResumeConverter withOcr(boolean value) {
    return value == ocr
        ? this
        : new ParsingConverter(DocumentParser.withLimits(parser.limits(), value), extractor, value);
  }

  @Override
  public Resume convert(Path file, String name) throws DocumentException {
    return budgeted(name, () -> extractor.extract(parser.parse(file, name)));
  }

  @Override
  public Resume convert(InputStream in, String name) throws DocumentException {
    return budgeted(name, () -> extractor.extract(parser.parse(in, name)));
  }

  @Override
  public Resume convert(byte[] bytes, String name) throws DocumentException {
    return budgeted(name, () -> extractor.extract(parser.parse(bytes, name)));
  }

  // One memory budget for the read and the extraction: the parser's own scope joins this one.
  private Resume budgeted(String name, Conversion.Work work) throws DocumentException {
    try (MemoryBudget.Scope budget = MemoryBudget.open(parser.limits().maxMemory())) {
      Resume resume;
      try {
        resume = work.convert();
      } catch (MemoryBudget.Exceeded e) {
        throw e.toDocumentException(name);
      }
      budget.requireWithin(name);
      return resume;
    }
  }
}
