package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.extractor.eval.Counts;
import dev.vitae.extractor.eval.DocumentScore;
import dev.vitae.extractor.eval.Field;
import dev.vitae.extractor.eval.Scorer;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same resume in several formats gives the same JSON Resume, up to what a format itself loses.
 * Twin groups come from the "twin of" layout notes of {@code corpus/wild/SOURCES.tsv}. Each group
 * has one reference: the wild gold written for one of its files, else a JSON Resume file in the
 * group, else the extraction of its Markdown file. Each other file is extracted and scored against
 * the reference with the {@link Scorer} (gold values its own text does not show are left out, which
 * is what "up to what the format loses" means), and its agreement, the F1 over {@link #AGREEMENT}
 * (name, email, employer names and dates, institutions, skill terms), must stay at or above the
 * floor {@code twins.<file>} in {@code testdata/corpus/floors.properties}.
 *
 * <p>A file whose format has no reader yet is skipped with a message saying so. The pairs that ran,
 * were skipped, and their figures are written to {@code target/twins-report.txt}.
 */
class TwinsTest {
  /** The slots two formats of one resume must agree on. */
  static final Set<Field> AGREEMENT =
      Collections.unmodifiableSet(
          EnumSet.of(
              Field.NAME,
              Field.EMAIL,
              Field.WORK_NAME,
              Field.WORK_START_DATE,
              Field.WORK_END_DATE,
              Field.EDUCATION_INSTITUTION,
              Field.SKILL));

  private static final String FLOOR_PREFIX = "twins.";
  private static final Path REPORT = Path.of("target", "twins-report.txt");
  private static final Scorer SCORER = new Scorer();
  private static final Map<Pair, String> RESULTS = new ConcurrentHashMap<>();

  private static Properties floors;

  /** Where a group's reference JSON Resume comes from. */
  enum ReferenceKind {
    /** A file of {@code corpus/wild-gold} written for one of the group's files. */
    GOLD,
    /** A JSON Resume file of the group, the source the other formats were rendered from. */
    JSON_RESUME,
    /** The vitae extraction of the group's Markdown file. */
    MARKDOWN
  }

  /**
   * A group's reference.
   *
   * @param resource the gold file or the group's file it is read from
   */
  record Reference(ReferenceKind kind, String resource) {
    String name() {
      return resource.substring(resource.lastIndexOf('/') + 1);
    }

    JsonNode json() {
      return kind == ReferenceKind.MARKDOWN
          ? CorpusFiles.run(resource).tree()
          : CorpusFiles.readJson(resource);
    }

    @Override
    public String toString() {
      return kind == ReferenceKind.GOLD ? "gold " + name() : name();
    }
  }

  /** One file of a twin group and the reference it is scored against. */
  record Pair(String group, String file, Reference reference) {
    @Override
    public String toString() {
      return group + ": " + file + " vs " + reference;
    }
  }

  @BeforeAll
  static void loadFloors() {
    floors = CorpusFiles.floors();
  }

  static Stream<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (WildSources.TwinGroup group : WildSources.twinGroups()) {
      Optional<Reference> reference = findReference(group);
      if (reference.isEmpty()) {
        continue; // reported by everyGroupHasAReference
      }
      for (String file : group.files()) {
        boolean isReference = reference.get().name().equals(file);
        // A JSON Resume file is input no reader takes: it can only be a reference.
        if (!isReference && !WildSources.extension(file).equals("json")) {
          pairs.add(new Pair(group.name(), file, reference.get()));
        }
      }
    }
    return pairs.stream();
  }

  static Optional<Reference> findReference(WildSources.TwinGroup group) {
    for (String file : group.files()) {
      Optional<String> gold = WildSources.findGold(file);
      if (gold.isPresent()) {
        return Optional.of(
            new Reference(ReferenceKind.GOLD, WildSources.GOLD_FOLDER + "/" + gold.get()));
      }
    }
    for (ReferenceKind kind : List.of(ReferenceKind.JSON_RESUME, ReferenceKind.MARKDOWN)) {
      String extension = kind == ReferenceKind.JSON_RESUME ? "json" : "md";
      for (String file : group.files()) {
        if (WildSources.extension(file).equals(extension)) {
          return Optional.of(new Reference(kind, WildSources.FOLDER + "/" + file));
        }
      }
    }
    return Optional.empty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void agreesWithItsTwin(Pair pair) {
    CorpusFiles.Run run = CorpusFiles.run(WildSources.FOLDER + "/" + pair.file());
    assertThat(run.bug()).as("%s: %s", pair.file(), run.describe()).isNull();
    if (run.error() != null && run.error().reason() == Reason.UNSUPPORTED_FORMAT) {
      String skip = "no reader for ." + WildSources.extension(pair.file()) + " yet";
      RESULTS.put(pair, "skipped: " + skip);
      Assumptions.abort(skip + ": " + pair + " not compared");
    }
    assertThat(run.parsed()).as("%s: %s", pair.file(), run.describe()).isTrue();

    DocumentScore score =
        SCORER.score(pair.file(), pair.reference().json(), run.tree(), run.document().text());
    Counts agreement = score.counts(AGREEMENT);
    String key = FLOOR_PREFIX + pair.file();
    double floor = CorpusFiles.floor(floors, key);
    RESULTS.put(
        pair,
        String.format(
            Locale.ROOT,
            "agreement %.3f (P %.3f, R %.3f; right %.2f, predicted %.0f, reference %.0f);"
                + " floor %.2f; all slots F1 %.3f",
            agreement.f1(),
            agreement.precision(),
            agreement.recall(),
            agreement.right(),
            agreement.predicted(),
            agreement.gold(),
            floor,
            score.counts().f1()));

    assertThat(agreement.f1())
        .as(
            "agreement of %s (floor %s in testdata/%s): %s",
            pair, key, CorpusFiles.FLOORS, RESULTS.get(pair))
        .isGreaterThanOrEqualTo(floor);
  }

  @Test
  void everyGroupHasAReferenceAndItsFilesExist() {
    List<WildSources.TwinGroup> groups = WildSources.twinGroups();

    assertThat(groups).as("twin groups in SOURCES.tsv").isNotEmpty();
    List<String> files = TestData.list(WildSources.FOLDER);
    for (WildSources.TwinGroup group : groups) {
      assertThat(files).as("files of twin group %s", group.name()).containsAll(group.files());
      assertThat(findReference(group)).as("reference of twin group %s", group.name()).isPresent();
    }
  }

  @Test
  void readsTwinsFromLayoutNotes() {
    assertThat(WildSources.twinsNamed("one column; twin of a-b.md/.html/.pdf; text layer ok"))
        .containsExactly("a-b.md", "a-b.html", "a-b.pdf");
    assertThat(WildSources.twinsNamed("twin of x.md (same repo HEAD)")).containsExactly("x.md");
    assertThat(WildSources.twinsNamed("GROUND-TRUTH TWIN of x.json; text"))
        .containsExactly("x.json");
    assertThat(WildSources.twinsNamed("content is older, so not an exact twin")).isEmpty();
  }

  @AfterAll
  static void writeReport() throws IOException {
    Map<String, List<String>> byGroup = new TreeMap<>();
    RESULTS.forEach(
        (pair, result) ->
            byGroup
                .computeIfAbsent(pair.group(), g -> new ArrayList<>())
                .add("  " + pair.file() + " vs " + pair.reference() + ": " + result));
    StringBuilder out = new StringBuilder("Twin agreement (TwinsTest): ");
    out.append(AGREEMENT).append('\n');
    byGroup.forEach(
        (group, lines) -> {
          out.append(group).append('\n');
          lines.stream().sorted().forEach(line -> out.append(line).append('\n'));
        });
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, out.toString(), StandardCharsets.UTF_8);
  }
}
