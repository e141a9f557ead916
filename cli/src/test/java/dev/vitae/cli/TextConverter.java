package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the parser so that command tests do not depend on the readers: UTF-8 text is a
 * document with one line per line, an empty file is {@code EMPTY_FILE}, a NUL byte is {@code
 * CORRUPT}, and a line {@code EXPLODE <secret>} makes extraction throw a bug whose message quotes
 * the secret. Extraction is the real {@link ResumeExtractor}.
 */
final class TextConverter implements ResumeConverter {
  static final String EXPLODE = "EXPLODE";

  private final ResumeExtractor extractor = ResumeExtractor.standard();

  @Override
  public Resume convert(Path file, String name) throws DocumentException {
    try {
      return convert(Files.readAllBytes(file), name);
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read file", e);
    }
  }

  @Override
  public Resume convert(InputStream in, String name) throws DocumentException {
    try {
      return convert(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Resume convert(byte[] bytes, String name) throws DocumentException {
    if (bytes.length == 0) {
      throw new DocumentException(Reason.EMPTY_FILE, name, "the file is empty");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new DocumentException(Reason.CORRUPT, name, "binary content");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith(EXPLODE)) {
        throw new IllegalStateException("cannot handle " + line);
      }
      if (!line.isBlank()) {
        lines.add(new Line(lines.size(), 1, line.strip(), LineStyle.PLAIN));
      }
    }
    Source source = new Source(name, "text/plain", "", bytes.length);
    return extractor.extract(new TextDocument(source, 1, lines, List.of()));
  }
}
