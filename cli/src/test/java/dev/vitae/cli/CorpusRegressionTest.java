package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.cli.batch.Outcome;
import dev.vitae.extractor.eval.CorpusManifest;
import dev.vitae.extractor.eval.DocumentScore;
import dev.vitae.extractor.eval.Group;
import dev.vitae.extractor.eval.Report;
import dev.vitae.extractor.eval.ReportWriter;
import dev.vitae.extractor.eval.Scorer;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.util.diff.DiffUtils;
import org.assertj.core.util.diff.Patch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the gold documents of two corpora through the parser and the extractor, and checks each
 * output three ways: it validates against the JSON Resume schema, it equals the approved file under
 * {@code testdata/corpus/expected/} (ignoring {@code meta.vitae.parser}), and its micro-F1 against
 * its gold stays at or above its floor in {@code testdata/corpus/floors.properties}; the scores
 * pooled over each corpus have floors too.
 *
 * <ul>
 *   <li>{@link Corpus#SEEDS}: every file of {@code corpus/seeds}, gold {@code
 *       corpus/gold/<stem>.json}, approved {@code expected/<stem>.expected.json}, floor keys {@code
 *       <stem>} and {@code _micro}.
 *   <li>{@link Corpus#WILD}: every file {@code corpus/wild-gold/index.tsv} names, gold as the index
 *       says, approved {@code expected/wild/<file>.expected.json}, floor keys {@code wild.<stem>}
 *       and {@code wild._micro}. A file whose format has no reader yet is skipped with a message,
 *       and counts as predicting nothing in the pooled scores (as in {@code vitae eval}).
 *   <li>{@link Corpus#DEVCORPUS}: the committed sample of the rendered development corpus, every
 *       file its {@code devcorpus/sample/manifest.tsv} lists, gold {@code devcorpus/gold/<gold>},
 *       approved {@code devcorpus/expected/<file>.expected.json}, floor keys {@code dev._micro},
 *       {@code dev._<group>} and {@code dev.renderer.<renderer>} (pooled over a renderer's files).
 * </ul>
 *
 * <p>With {@code -Dvitae.approve=true} outputs are written over the expected files in the source
 * tree instead of being compared (both corpora, one command: {@link #HOW_TO_APPROVE}): review the
 * change with {@code git diff}, then commit it. On a difference, the diff is written to {@code
 * target/corpus-diff/<corpus>/<name>.diff}.
 */
class CorpusRegressionTest {
  private static final String EXPECTED_SUFFIX = ".expected.json";
  private static final boolean APPROVE = Boolean.getBoolean("vitae.approve");
  private static final String HOW_TO_APPROVE =
      "mvn -o -pl cli -am test -Dtest=CorpusRegressionTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dvitae.approve=true";

  private static final Scorer SCORER = new Scorer();
  private static final String DEV_SAMPLE = "devcorpus/sample";

  /** Outcomes by document, so the pooled tests reuse what the per-document runs computed. */
  private static final Map<Document, Outcome> OUTCOMES = new ConcurrentHashMap<>();

  private static Properties floors;

  /** A corpus with gold: where its documents, gold and approved outputs are. */
  enum Corpus {
    SEEDS("corpus/seeds", "corpus/gold", "corpus/expected/", ""),
    WILD(WildSources.FOLDER, WildSources.GOLD_FOLDER, "corpus/expected/wild/", "wild."),
    DEVCORPUS(DEV_SAMPLE, "devcorpus/gold", "devcorpus/expected/", "dev.");

    final String folder;
    final String goldFolder;
    final String expectedFolder;
    final String floorPrefix;

    Corpus(String folder, String goldFolder, String expectedFolder, String floorPrefix) {
      this.folder = folder;
      this.goldFolder = goldFolder;
      this.expectedFolder = expectedFolder;
      this.floorPrefix = floorPrefix;
    }

    /** The corpus as test names and diff folders write it: {@code seeds}, {@code wild}. */
    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The documents with gold, sorted by file name. */
    List<Document> documents() {
      List<Document> documents = new ArrayList<>();
      if (this == SEEDS) {
        for (String file : TestData.list(folder)) {
          String stem = WildSources.stem(file);
          documents.add(new Document(this, file, stem + ".json", stem, ""));
        }
      } else if (this == DEVCORPUS) {
        CorpusManifest manifest =
            CorpusManifest.parse(TestData.text(folder + "/" + CorpusManifest.FILE_NAME));
        for (CorpusManifest.Row row : manifest.rows()) {
          documents.add(new Document(this, row.file(), row.gold(), row.file(), row.renderer()));
        }
      } else {
        WildSources.index()
            .sources()
            .forEach((gold, file) -> documents.add(new Document(this, file, gold, file, "")));
        documents.sort((a, b) -> a.file().compareTo(b.file()));
      }
      return documents;
    }
  }

  /**
   * One document with gold.
   *
   * @param expectedName the approved output's name without {@code .expected.json}
   * @param renderer what rendered it, for the development corpus; empty otherwise
   */
  record Document(
      Corpus corpus, String file, String goldFile, String expectedName, String renderer) {
    /**
     * The score's id and floor key: the gold file's stem, or in the development corpus, where one
     * gold has many renderings, the file.
     */
    String id() {
      return corpus == Corpus.DEVCORPUS ? file : WildSources.stem(goldFile);
    }

    @Override
    public String toString() {
      return corpus.key() + "/" + file;
    }
  }

  /**
   * One document run through the pipeline and scored.
   *
   * @param json the output, or null when the document's format has no reader yet
   */
  private record Outcome(Document document, String json, DocumentScore score) {}

  @BeforeAll
  static void loadFloors() {
    floors = CorpusFiles.floors();
  }

  static Stream<Document> documents() {
    return Stream.of(Corpus.values()).flatMap(c -> c.documents().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void staysApprovedValidAndAboveFloor(Document document) throws IOException {
    Outcome outcome = outcome(document);
    Path expectedFile = expectedFile(document);
    if (outcome.json() == null) {
      assertThat(expectedFile)
          .as("%s has an approved output but its format is no longer read", document)
          .doesNotExist();
      Assumptions.abort(
          document
              + ": no reader for its format yet (unsupported-format); it scores 0 in the pooled"
              + " figures");
    }

    List<String> schemaErrors = CorpusFiles.schemaErrors(outcome.json());
    KnownGaps.Assertion valid =
        () -> assertThat(schemaErrors).as("schema errors in the output of %s", document).isEmpty();
    Optional<String> gap = Optional.empty();
    if (document.corpus() == Corpus.WILD) {
      gap = KnownGaps.verify(document.file(), KnownGaps.Check.SCHEMA, valid);
    } else {
      valid.run();
    }
    SoftAssertions softly = new SoftAssertions();
    if (APPROVE) {
      approve(outcome, expectedFile);
    } else {
      compareWithExpected(outcome, expectedFile, softly);
    }
    String key = document.corpus().floorPrefix + document.id();
    double floor = CorpusFiles.floor(floors, key);
    softly
        .assertThat(outcome.score().counts().f1())
        .as(
            "micro-F1 of %s against gold (floor %s = %s in testdata/%s)%n%s",
            document,
            key,
            floor,
            CorpusFiles.FLOORS,
            ReportWriter.toText(new Report(List.of(outcome.score()))))
        .isGreaterThanOrEqualTo(floor);
    softly.assertAll();
    gap.ifPresent(Assumptions::abort);
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void pooledScoresStayAboveFloors(Corpus corpus) {
    List<DocumentScore> scores = new ArrayList<>();
    for (Document document : corpus.documents()) {
      scores.add(outcome(document).score());
    }
    Report report = new Report(scores);

    String prefix = corpus.floorPrefix;
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(report.microF1())
        .as(
            "pooled micro-F1 of %s (floor %s_micro)%n%s",
            corpus, prefix, ReportWriter.toText(report))
        .isGreaterThanOrEqualTo(CorpusFiles.floor(floors, prefix + "_micro"));
    for (Group group : Group.values()) {
      String key = prefix + "_" + group.key();
      softly
          .assertThat(report.group(group).counts().f1())
          .as("pooled F1 of %s in %s (floor %s)", group.key(), corpus, key)
          .isGreaterThanOrEqualTo(CorpusFiles.floor(floors, key));
    }
    // The development corpus's sample has many renderings of few gold files: its floors are kept
    // per renderer, pooled over the renderer's documents, rather than per document.
    report
        .byAttribute("renderer")
        .forEach(
            (renderer, part) -> {
              if (!renderer.equals(Report.UNKNOWN)) {
                String key = prefix + "renderer." + renderer;
                softly
                    .assertThat(part.microF1())
                    .as("pooled micro-F1 of renderer %s in %s (floor %s)", renderer, corpus, key)
                    .isGreaterThanOrEqualTo(CorpusFiles.floor(floors, key));
              }
            });
    softly.assertAll();
  }

  private static Outcome outcome(Document document) {
    return OUTCOMES.computeIfAbsent(document, CorpusRegressionTest::run);
  }

  private static Outcome run(Document document) {
    Corpus corpus = document.corpus();
    CorpusFiles.Run run = CorpusFiles.run(corpus.folder + "/" + document.file());
    JsonNode gold = CorpusFiles.readJson(corpus.goldFolder + "/" + document.goldFile());
    if (run.bug() != null) {
      throw new AssertionError(document + " broke the pipeline", run.bug());
    }
    String format = WildSources.extension(document.file());
    if (run.error() != null) {
      // Only a format still waiting for its reader may be skipped; any other rejection is a bug.
      if (corpus == Corpus.WILD && run.error().reason() == Reason.UNSUPPORTED_FORMAT) {
        DocumentScore none = SCORER.score(document.id(), gold, MissingNode.getInstance());
        return new Outcome(
            document,
            null,
            none.withAttribute("format", format).withNote("no reader for its format yet"));
      }
      throw new AssertionError("the parser rejected " + document, run.error());
    }
    DocumentScore score =
        SCORER
            .score(document.id(), gold, run.tree(), run.document().text())
            .withAttribute("format", format);
    if (!document.renderer().isEmpty()) {
      score = score.withAttribute("renderer", document.renderer());
    }
    // Tables by language, as vitae eval prints them, when a pooled floor fails.
    JsonNode languages = run.tree().path("meta").path("vitae").path("source").path("languages");
    if (!languages.path(0).asText().isEmpty()) {
      score = score.withAttribute("language", languages.path(0).asText());
    }
    return new Outcome(document, run.json(), score);
  }

  private static Path expectedFile(Document document) {
    return TestData.root()
        .resolve(document.corpus().expectedFolder)
        .resolve(document.expectedName() + EXPECTED_SUFFIX);
  }

  private static void compareWithExpected(Outcome outcome, Path expectedFile, SoftAssertions softly)
      throws IOException {
    Document document = outcome.document();
    String name = document.corpus().expectedFolder + expectedFile.getFileName();
    Path diffFile =
        Path.of("target", "corpus-diff", document.corpus().key())
            .resolve(document.expectedName() + ".diff");
    Files.deleteIfExists(diffFile);
    if (!Files.isRegularFile(expectedFile)) {
      softly.fail(
          "no approved output testdata/%s: check the output, then approve it with%n  %s",
          name, HOW_TO_APPROVE);
      return;
    }
    JsonNode expected = withoutParserVersion(CorpusFiles.readTree(Files.readString(expectedFile)));
    JsonNode actual = withoutParserVersion(CorpusFiles.readTree(outcome.json()));
    if (!expected.equals(actual)) {
      List<String> expectedLines = prettyLines(expected);
      Patch<String> patch = DiffUtils.diff(expectedLines, prettyLines(actual));
      List<String> diff =
          DiffUtils.generateUnifiedDiff(
              "expected/" + name, "actual/" + name, expectedLines, patch, 3);
      Files.createDirectories(diffFile.getParent());
      Files.write(diffFile, diff, StandardCharsets.UTF_8);
      softly.fail(
          "the output of %s differs from testdata/%s (%d changes, see %s);"
              + " if the change is right, approve it with%n  %s",
          document, name, patch.getDeltas().size(), diffFile.toAbsolutePath(), HOW_TO_APPROVE);
    }
  }

  private static void approve(Outcome outcome, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    String json = outcome.json().endsWith("\n") ? outcome.json() : outcome.json() + "\n";
    Files.writeString(target, json, StandardCharsets.UTF_8);
  }

  // The parser version changes with every release and says nothing about the extraction.
  private static JsonNode withoutParserVersion(JsonNode node) {
    JsonNode copy = node.deepCopy();
    JsonNode vitae = copy.path("meta").path("vitae");
    if (vitae instanceof ObjectNode objectNode) {
      objectNode.remove("parser");
    }
    return copy;
  }

  private static List<String> prettyLines(JsonNode node) throws IOException {
    return List.of(
        CorpusFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node).split("\n"));
  }
}
