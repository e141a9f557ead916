package dev.vitae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.convert.Conversion;
import dev.vitae.convert.Failure;
import dev.vitae.extractor.ExtractionPipeline;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.TextDocument;
import dev.vitae.testdata.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library facade, and the snippet of {@code docs/library.md} run as it is written there. */
class VitaeTest {
  private static final String SAMPLE = "corpus/wild/0xa1337-resume.pdf";
  private static final String APPROVED = "corpus/expected/wild/0xa1337-resume.pdf.expected.json";
  private static final String START = "// snippet:start";
  private static final String END = "// snippet:end";

  @TempDir Path tmp;

  // The code docs/library.md shows, between the markers; docsShowTheSnippetThatThisTestRuns
  // fails when the two drift apart.
  // snippet:start
  static String jsonOrFailure(Path file) {
    Vitae vitae = Vitae.builder().nlp(false).build(); // once; thread-safe, share it
    Conversion conversion = vitae.parse(file);
    if (conversion.isParsed()) {
      Resume resume = conversion.requireResume(); // warnings, provenance: meta.vitae
      return ResumeJson.writePretty(resume);
    }
    Failure failure = conversion.requireFailure(); // a bad document never throws
    return failure.describe(); // "cv.pdf: encrypted: ..."; never the document's content
  }

  // snippet:end

  @Test
  void theSnippetTurnsABundledSampleIntoTheApprovedResume() throws IOException {
    Path file = tmp.resolve("0xa1337-resume.pdf");
    Files.write(file, TestData.bytes(SAMPLE));

    String json = jsonOrFailure(file);

    assertThat(comparable(ResumeJson.mapper().readTree(json)))
        .isEqualTo(comparable(ResumeJson.mapper().readTree(TestData.text(APPROVED))));
  }

  @Test
  void theSnippetDescribesABadFileWithoutThrowing() {
    Path file = TestData.path("hostile/encrypted.pdf");

    assertThat(jsonOrFailure(file)).startsWith(file + ": encrypted: ");
  }

  @Test
  void docsShowTheSnippetThatThisTestRuns() throws IOException {
    Path repo = TestData.root().getParent();
    List<String> source =
        Files.readAllLines(
            repo.resolve("extractor/src/test/java/dev/vitae/VitaeTest.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("  " + START);
    int end = source.indexOf("  " + END);
    String snippet =
        source.subList(start + 1, end).stream()
            .map(line -> line.startsWith("  ") ? line.substring(2) : line)
            .collect(Collectors.joining("\n"));

    assertThat(start).isPositive();
    assertThat(Files.readString(repo.resolve("docs/library.md"), StandardCharsets.UTF_8))
        .contains(snippet);
  }

  @Test
  void bytesAndStreamsGiveWhatTheFileGives() {
    Vitae vitae = Vitae.builder().build();
    byte[] bytes = TestData.bytes(SAMPLE);
    Path file = TestData.path(SAMPLE);

    Resume fromFile = vitae.parse(file, "cv.pdf").requireResume();

    assertThat(vitae.parse(bytes, "cv.pdf").requireResume()).isEqualTo(fromFile);
    assertThat(vitae.parse(new ByteArrayInputStream(bytes), "cv.pdf").requireResume())
        .isEqualTo(fromFile);
    assertThat(fromFile.meta().vitae().source().file()).isEqualTo("cv.pdf");
  }

  @Test
  void failuresAreTypedAndNameTheFile() {
    Vitae vitae = Vitae.builder().build();

    assertThat(vitae.parse(new byte[0], "empty.txt").requireFailure())
        .isEqualTo(new Failure("empty.txt", Reason.EMPTY_FILE, "the file is empty"));
    assertThat(vitae.parse(tmp.resolve("missing.pdf"), "missing.pdf").requireFailure())
        .isEqualTo(new Failure("missing.pdf", Reason.IO, "no such file"));
  }

  @Test
  void theLimitsBoundEachDocument() {
    Vitae vitae = Vitae.builder().limits(new ParseLimits(1_000, 50, 20_000, 4_000)).build();

    Failure failure = vitae.parse(TestData.bytes(SAMPLE), "cv.pdf").requireFailure();

    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void aCustomExtractorRunsAndItsBugsAreInternal() {
    Vitae vitae =
        Vitae.builder()
            .extractor(new ResumeExtractor(new ExtractionPipeline(List.of(new Failing()))))
            .build();

    Failure failure =
        vitae
            .parse("Jane Doe\njane@example.com\n".getBytes(StandardCharsets.UTF_8), "jane.txt")
            .requireFailure();

    assertThat(failure.reason()).isEqualTo(Reason.INTERNAL);
    assertThat(failure.message()).doesNotContain("Jane");
  }

  @Test
  void nlpWithoutTheNlpModuleFailsAtBuild() {
    // This module's tests do not have vitae-nlp on their class path.
    assertThatThrownBy(() -> Vitae.builder().nlp(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev.vitae:vitae-nlp");
  }

  @Test
  void nlpAndACustomExtractorAreExclusive() {
    Vitae.Builder builder = Vitae.builder().nlp(true).extractor(ResumeExtractor.standard());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("custom extractor");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    Vitae vitae = Vitae.builder().build();
    List<String> names = List.of(SAMPLE, "corpus/wild/0xadada-resume.md", "hostile/encrypted.pdf");
    List<String> alone = new ArrayList<>();
    for (String name : names) {
      alone.add(describe(vitae.parse(TestData.bytes(name), name)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> together = new ArrayList<>();
      for (int i = 0; i < 4 * names.size(); i++) {
        String name = names.get(i % names.size());
        together.add(pool.submit(() -> describe(vitae.parse(TestData.bytes(name), name))));
      }
      for (int i = 0; i < together.size(); i++) {
        assertThat(together.get(i).get()).isEqualTo(alone.get(i % names.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Conversion conversion) {
    return conversion.isParsed()
        ? ResumeJson.write(conversion.requireResume())
        : conversion.requireFailure().describe();
  }

  // The approved output was written by another vitae version under another name.
  private static JsonNode comparable(JsonNode resume) {
    JsonNode copy = resume.deepCopy();
    if (copy.path("meta").path("vitae") instanceof ObjectNode vitae) {
      vitae.remove("parser");
      if (vitae.path("source") instanceof ObjectNode source) {
        source.remove("file");
      }
    }
    return copy;
  }

  /** A stage that breaks on every document, quoting it, as a buggy rule might. */
  private static final class Failing implements Extractor {
    @Override
    public Set<Slot> requires() {
      return Set.of();
    }

    @Override
    public Set<Slot> provides() {
      return Set.of();
    }

    @Override
    public void extract(TextDocument doc, ResumeDraft draft) {
      throw new IllegalStateException("cannot handle " + doc.lines().get(0).text());
    }
  }
}
