package dev.vitae.extractor;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every distinct line of the corpus in the {@code testdata} module: the lines each file reads to,
 * and the raw lines of its text files (gold JSON, Markdown, notes). Fast paths are checked against
 * their slow paths over them.
 */
public final class CorpusLines {
  private static List<String> lines;

  private CorpusLines() {}

  /** The lines, read once per test JVM; fails when the corpus folder cannot be found. */
  public static synchronized List<String> all() {
    if (lines == null) {
      lines = List.copyOf(read(corpus()));
    }
    return lines;
  }

  private static Path corpus() {
    return TestData.path("corpus");
  }

  private static Set<String> read(Path dir) {
    Set<String> out = new LinkedHashSet<>();
    DocumentParser parser = DocumentParser.withDefaults();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      try {
        for (Line line : parser.parse(file, file.getFileName().toString()).lines()) {
          out.add(line.text());
        }
      } catch (DocumentException e) {
        // Not a resume (a TSV, notes): its raw lines below still count.
      }
      try {
        out.addAll(
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString()
                .lines()
                .toList());
      } catch (CharacterCodingException e) {
        // A binary file: only its parsed lines count.
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
