package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.eval.DocumentScore;
import dev.vitae.extractor.eval.Group;
import dev.vitae.extractor.eval.Report;
import dev.vitae.extractor.eval.ReportWriter;
import dev.vitae.extractor.eval.Scorer;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.util.diff.DiffUtils;
import org.assertj.core.util.diff.Patch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every document of {@code testdata/corpus/seeds} through the parser and the extractor, and
 * checks the output three ways: it validates against the JSON Resume schema, it equals the approved
 * {@code testdata/corpus/expected/<stem>.expected.json} (ignoring {@code meta.vitae.parser}), and
 * its micro-F1 against {@code corpus/gold} stays at or above its floor in {@code
 * testdata/corpus/floors.properties}.
 *
 * <p>With {@code -Dvitae.approve=true} the output is written over the expected file in the source
 * tree instead of being compared: review the change with {@code git diff}, then commit it. On a
 * difference, the diff is written to {@code target/corpus-diff/<stem>.diff}.
 */
class CorpusRegressionTest {
  private static final String SEEDS = "corpus/seeds";
  private static final String GOLD = "corpus/gold/";
  private static final String EXPECTED = "corpus/expected/";
  private static final String FLOORS = "corpus/floors.properties";
  private static final String SCHEMA = "schema/jsonresume-v1.0.0.schema.json";
  private static final String EXPECTED_SUFFIX = ".expected.json";
  private static final boolean APPROVE = Boolean.getBoolean("vitae.approve");
  private static final String HOW_TO_APPROVE =
      "mvn -o -pl cli -am test -Dtest=CorpusRegressionTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dvitae.approve=true";

  private static final ObjectMapper MAPPER = ResumeJson.mapper();
  private static final DocumentParser PARSER = DocumentParser.withDefaults();
  private static final ResumeExtractor EXTRACTOR = ResumeExtractor.standard();
  private static final Scorer SCORER = new Scorer();

  /** Outputs by file name, so the pooled test reuses what the per-document runs computed. */
  private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

  private static Schema schema;
  private static Properties floors;

  /** One document run through the pipeline and scored. */
  private record Outcome(String stem, String json, DocumentScore score) {}

  @BeforeAll
  static void loadSchemaAndFloors() throws IOException {
    try (InputStream in = resource(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    floors = new Properties();
    try (InputStream in = Files.newInputStream(sourceTree().resolve(FLOORS))) {
      floors.load(in);
    }
  }

  static Stream<String> documents() throws IOException {
    URL url = CorpusRegressionTest.class.getClassLoader().getResource(SEEDS);
    assertThat(url).as("the %s resources of vitae-testdata", SEEDS).isNotNull();
    URI uri = toUri(url);
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return listNames(jar.getPath(SEEDS)).stream();
      }
    }
    return listNames(Path.of(uri)).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void staysApprovedValidAndAboveFloor(String fileName) throws IOException {
    Outcome outcome = outcome(fileName);

    assertValidResume(outcome);
    SoftAssertions softly = new SoftAssertions();
    if (APPROVE) {
      approve(outcome);
    } else {
      compareWithExpected(outcome, softly);
    }
    double floor = floor(outcome.stem());
    softly
        .assertThat(outcome.score().counts().f1())
        .as(
            "micro-F1 of %s against gold (floor %s in testdata/%s)%n%s",
            outcome.stem(),
            floor,
            FLOORS,
            ReportWriter.toText(new Report(List.of(outcome.score()))))
        .isGreaterThanOrEqualTo(floor);
    softly.assertAll();
  }

  @Test
  void pooledScoresStayAboveFloors() throws IOException {
    List<DocumentScore> scores = new ArrayList<>();
    for (String fileName : documents().collect(Collectors.toList())) {
      scores.add(outcome(fileName).score());
    }
    Report report = new Report(scores);

    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(report.microF1())
        .as("pooled micro-F1 (floor _micro)%n%s", ReportWriter.toText(report))
        .isGreaterThanOrEqualTo(floor("_micro"));
    for (Group group : Group.values()) {
      String key = "_" + group.key();
      softly
          .assertThat(report.group(group).counts().f1())
          .as("pooled F1 of %s (floor %s)", group.key(), key)
          .isGreaterThanOrEqualTo(floor(key));
    }
    softly.assertAll();
  }

  private static Outcome outcome(String fileName) {
    return OUTCOMES.computeIfAbsent(fileName, CorpusRegressionTest::run);
  }

  private static Outcome run(String fileName) {
    String stem = stem(fileName);
    try {
      byte[] bytes = readResource(SEEDS + "/" + fileName);
      TextDocument doc = PARSER.parse(bytes, fileName);
      String json = ResumeJson.writePretty(EXTRACTOR.extract(doc));
      JsonNode gold = MAPPER.readTree(readResource(GOLD + stem + ".json"));
      DocumentScore score = SCORER.score(stem, gold, MAPPER.readTree(json), doc.text());
      return new Outcome(stem, json, score);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new AssertionError("the parser rejected " + fileName, e);
    }
  }

  private static void assertValidResume(Outcome outcome) throws IOException {
    List<Error> errors = schema.validate(MAPPER.readTree(outcome.json()));
    assertThat(errors)
        .as("schema errors in the output of %s", outcome.stem())
        .extracting(Error::toString)
        .isEmpty();
  }

  private static void compareWithExpected(Outcome outcome, SoftAssertions softly)
      throws IOException {
    String name = outcome.stem() + EXPECTED_SUFFIX;
    Path diffFile = Path.of("target", "corpus-diff", outcome.stem() + ".diff");
    Files.deleteIfExists(diffFile);
    Path expectedFile = sourceTree().resolve(EXPECTED).resolve(name);
    if (!Files.isRegularFile(expectedFile)) {
      softly.fail(
          "no approved output testdata/%s%s: check the output, then approve it with%n  %s",
          EXPECTED, name, HOW_TO_APPROVE);
      return;
    }
    JsonNode expected = withoutParserVersion(MAPPER.readTree(expectedFile.toFile()));
    JsonNode actual = withoutParserVersion(MAPPER.readTree(outcome.json()));
    if (!expected.equals(actual)) {
      List<String> expectedLines = prettyLines(expected);
      Patch<String> patch = DiffUtils.diff(expectedLines, prettyLines(actual));
      List<String> diff =
          DiffUtils.generateUnifiedDiff(
              "expected/" + name, "actual/" + name, expectedLines, patch, 3);
      Files.createDirectories(diffFile.getParent());
      Files.write(diffFile, diff, StandardCharsets.UTF_8);
      softly.fail(
          "the output of %s differs from testdata/%s%s (%d changes, see %s);"
              + " if the change is right, approve it with%n  %s",
          outcome.stem(),
          EXPECTED,
          name,
          patch.getDeltas().size(),
          diffFile.toAbsolutePath(),
          HOW_TO_APPROVE);
    }
  }

  private static void approve(Outcome outcome) throws IOException {
    Path target = sourceTree().resolve(EXPECTED).resolve(outcome.stem() + EXPECTED_SUFFIX);
    Files.createDirectories(target.getParent());
    String json = outcome.json().endsWith("\n") ? outcome.json() : outcome.json() + "\n";
    Files.writeString(target, json, StandardCharsets.UTF_8);
  }

  /**
   * The {@code testdata} folder of the source tree (surefire runs in {@code cli/}). Approved files
   * and floors are read there rather than from the classpath, where a deleted file would linger.
   */
  private static Path sourceTree() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path testdata = dir.resolve("testdata");
      if (Files.isDirectory(testdata.resolve("corpus"))) {
        return testdata;
      }
    }
    throw new IllegalStateException("no testdata/corpus above " + Path.of("").toAbsolutePath());
  }

  // The parser version changes with every release and says nothing about the extraction.
  private static JsonNode withoutParserVersion(JsonNode node) {
    JsonNode copy = node.deepCopy();
    JsonNode vitae = copy.path("meta").path("vitae");
    if (vitae instanceof ObjectNode) {
      ((ObjectNode) vitae).remove("parser");
    }
    return copy;
  }

  private static List<String> prettyLines(JsonNode node) throws IOException {
    return List.of(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node).split("\n"));
  }

  private static double floor(String key) {
    String value = floors.getProperty(key);
    return value == null ? 0.0 : Double.parseDouble(value.trim());
  }

  private static List<String> listNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static URI toUri(URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = CorpusRegressionTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      fail("missing test resource %s", name);
    }
    return in;
  }

  private static byte[] readResource(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }
}
