package dev.vitae.cli;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.TextDocument;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus tests' shared machinery over {@link TestData}: the JSON Resume schema, the floors, and
 * each document run once through the real parser and extractor, cached for the whole test JVM so
 * that the regression, wild-corpus and twins tests do not parse a file twice.
 */
final class CorpusFiles {
  static final ObjectMapper MAPPER = ResumeJson.mapper();
  static final String FLOORS = "corpus/floors.properties";

  private static final DocumentParser PARSER = DocumentParser.withDefaults();
  private static final ResumeExtractor EXTRACTOR = ResumeExtractor.standard();
  private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

  private CorpusFiles() {}

  /**
   * One document through the parser and the extractor: either its {@code document} and {@code
   * json}, or the {@code error} the parser gave it, or the {@code bug} that escaped (never
   * expected: the tests assert it is null).
   *
   * @param resource the document's resource name ({@code corpus/wild/x.pdf})
   */
  record Run(
      String resource, TextDocument document, String json, DocumentException error, Throwable bug) {

    /** The file name, as the parser was told it. */
    String fileName() {
      return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Whether the document became a JSON Resume. */
    boolean parsed() {
      return json != null;
    }

    /** The output as a JSON tree; fails the test when there is none. */
    JsonNode tree() {
      if (json == null) {
        fail("%s gave no JSON Resume: %s", resource, describe());
      }
      return readTree(json);
    }

    /** What happened, without resume content: "parsed", a reason code, or an exception type. */
    String describe() {
      if (bug != null) {
        return "uncaught " + Outcome.describe(bug);
      }
      return error != null ? error.reason().code() + ": " + error.getMessage() : "parsed";
    }
  }

  /** The cached run of a document resource through the parser and the extractor. */
  static Run run(String resource) {
    return RUNS.computeIfAbsent(resource, CorpusFiles::parse);
  }

  private static Run parse(String resource) {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    byte[] bytes = TestData.bytes(resource);
    try {
      TextDocument document = PARSER.parse(bytes, fileName);
      return new Run(
          resource, document, ResumeJson.writePretty(EXTRACTOR.extract(document)), null, null);
    } catch (DocumentException e) {
      return new Run(resource, null, null, e, null);
    } catch (RuntimeException | StackOverflowError e) {
      // Recorded rather than thrown, so that the test that meets it names the file.
      return new Run(resource, null, null, null, e);
    }
  }

  /** The schema errors of a JSON text, as {@code vitae validate} prints them (empty when valid). */
  static List<String> schemaErrors(String json) {
    return ResumeSchema.violations(readTree(json));
  }

  /** A JSON file under the testdata folder, as a tree. */
  static JsonNode readJson(String name) {
    return readTree(TestData.text(name));
  }

  static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed floors ({@code testdata/corpus/floors.properties}) of the source tree. */
  static Properties floors() {
    Properties floors = new Properties();
    try (InputStream in = Files.newInputStream(TestData.path(FLOORS))) {
      floors.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return floors;
  }

  /** A floor; a missing key means 0. */
  static double floor(Properties floors, String key) {
    String value = floors.getProperty(key);
    return value == null ? 0.0 : Double.parseDouble(value.trim());
  }
}
