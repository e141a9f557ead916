package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The job's test input, laid out in a temporary folder: the five seed resumes (two of them in a
 * sub-folder), a PDF, an HTML and a DOCX resume, four hostile files and two hidden files that must
 * be skipped. It knows what {@code vitae batch} would write for each, computed with the parser and
 * the extractor the same way.
 */
final class Corpus {
  static final List<String> FORMATS =
      List.of("0xadada-resume.pdf", "0xadada-resume.html", "pandoc-piegay-en.docx");
  static final List<String> HOSTILE =
      List.of("encrypted.pdf", "empty.txt", "binary-junk.bin", "truncated.pdf");

  private static final ObjectMapper JSON = new ObjectMapper();

  final Path in;
  final List<String> resumes = new ArrayList<>();
  final List<String> hostile = new ArrayList<>();

  private Corpus(Path in) {
    this.in = in;
  }

  /** Copies the files into {@code dir/in}. */
  static Corpus layOut(Path dir) throws IOException {
    Corpus corpus = new Corpus(dir.resolve("in"));
    List<Path> seeds;
    try (Stream<Path> files = Files.list(TestData.path("corpus/seeds"))) {
      seeds = files.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    for (int i = 0; i < seeds.size(); i++) {
      String name = (i < 3 ? "" : "nested/deeper/") + seeds.get(i).getFileName();
      corpus.copy(seeds.get(i), name);
      corpus.resumes.add(name);
    }
    // One document per binary reader, so that PDFBox and POI run inside the runner too.
    for (String file : FORMATS) {
      String name = "formats/" + file;
      corpus.copy(TestData.path("corpus/wild/" + file), name);
      corpus.resumes.add(name);
    }
    for (String file : HOSTILE) {
      String name = "hostile/" + file;
      corpus.copy(TestData.path("hostile/" + file), name);
      corpus.hostile.add(name);
    }
    corpus.copy(seeds.get(0), ".hidden.txt");
    corpus.copy(seeds.get(1), ".git/objects/x.txt");
    return corpus;
  }

  private void copy(Path from, String name) throws IOException {
    Path to = in.resolve(name);
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  /** Name → the one-line JSON Resume that batch writes for it. */
  Map<String, String> expectedResumes() throws DocumentException {
    DocumentParser parser = DocumentParser.withDefaults();
    ResumeExtractor extractor = ResumeExtractor.standard();
    Map<String, String> expected = new TreeMap<>();
    for (String name : resumes) {
      expected.put(name, ResumeJson.write(extractor.extract(parser.parse(in.resolve(name), name))));
    }
    return expected;
  }

  /** Name → the reason batch reports for it. */
  Map<String, String> expectedFailures() {
    DocumentParser parser = DocumentParser.withDefaults();
    Map<String, String> expected = new TreeMap<>();
    for (String name : hostile) {
      try {
        parser.parse(in.resolve(name), name);
        throw new AssertionError(name + " is expected to fail");
      } catch (DocumentException e) {
        expected.put(name, e.reason().code());
      }
    }
    assertThat(expected)
        .containsEntry("hostile/encrypted.pdf", Reason.ENCRYPTED.code())
        .containsEntry("hostile/empty.txt", Reason.EMPTY_FILE.code());
    return expected;
  }

  /** Every line of the files {@code prefix-*.jsonl}, whatever the sharding. */
  static List<String> lines(Path prefix) throws IOException {
    String stem = prefix.getFileName().toString() + "-";
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(prefix.getParent())) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().startsWith(stem))
              .filter(f -> f.getFileName().toString().endsWith(VitaeBeam.SUFFIX))
              .sorted()
              .toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** The job's resumes by {@code meta.vitae.source.file}; fails on a duplicate. */
  static Map<String, String> resumesByName(Path prefix) throws IOException {
    Map<String, String> byName = new HashMap<>();
    for (String line : lines(prefix)) {
      String name = read(line).path("meta").path("vitae").path("source").path("file").asText();
      assertThat(byName.put(name, line)).as("duplicate output for %s", name).isNull();
    }
    return new TreeMap<>(byName);
  }

  /** The job's dead letters, file → reason code; checks that each has exactly three fields. */
  static Map<String, String> failuresByName(Path prefix) throws IOException {
    Map<String, String> byName = new TreeMap<>();
    for (String line : lines(prefix)) {
      JsonNode node = read(line);
      assertThat(node.size()).as(line).isEqualTo(3);
      assertThat(node.path("message").asText()).as(line).isNotBlank();
      byName.put(node.path("file").asText(), node.path("reason").asText());
    }
    return byName;
  }

  static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
