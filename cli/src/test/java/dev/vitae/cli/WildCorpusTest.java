package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code testdata/corpus/wild} (82 real resumes; {@code SOURCES.tsv} describes them
 * and is not one) goes through the real parser and extractor and ends as a schema-valid JSON Resume
 * or a typed error: never an uncaught exception, never {@link Reason#INTERNAL}.
 *
 * <p>What {@code SOURCES.tsv} says about a file's text layer is held against the result: a file it
 * marks as an OCR case (text layer unusable) must be flagged, with {@link Reason#NO_TEXT} or a
 * {@code garbled-text} / {@code no-text-layer} warning in {@code meta.vitae.warnings}, never a
 * resume that looks successful but is garbage; a PDF whose notes end "text layer ok" must not be
 * flagged. Checks that do not hold yet are listed in {@link KnownGaps}.
 */
class WildCorpusTest {
  /** The warnings that tell a reader the text layer could not be trusted. */
  static final Set<String> TEXT_LAYER_WARNINGS = Set.of("garbled-text", "no-text-layer");

  private static final String OCR_CASE = "OCR CASE";
  private static final String TEXT_LAYER_OK = "text layer ok";

  static Stream<String> files() {
    return TestData.list(WildSources.FOLDER).stream().filter(f -> !f.equals(WildSources.SOURCES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void endsAsValidResumeOrTypedError(String file) {
    CorpusFiles.Run run = CorpusFiles.run(WildSources.FOLDER + "/" + file);

    assertThat(run.bug()).as("%s: %s", file, run.describe()).isNull();
    Optional<String> gap = Optional.empty();
    if (run.parsed()) {
      List<String> errors = CorpusFiles.schemaErrors(run.json());
      gap =
          KnownGaps.verify(
              file,
              KnownGaps.Check.SCHEMA,
              () -> assertThat(errors).as("schema errors in the output of %s", file).isEmpty());
    } else {
      assertThat(run.error().reason())
          .as("%s: %s", file, run.describe())
          .isNotEqualTo(Reason.INTERNAL);
      assertThat(run.error().getMessage()).as("the message names the file").contains(file);
    }
    gap.ifPresent(Assumptions::abort);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void flagsExactlyTheUnusableTextLayers(String file) {
    String notes = WildSources.findRow(file).map(WildSources.Row::layoutNotes).orElse("");
    CorpusFiles.Run run = CorpusFiles.run(WildSources.FOLDER + "/" + file);
    boolean flagged = flagged(run);

    Optional<Boolean> expected =
        notes.contains(OCR_CASE)
            ? Optional.of(true)
            : notes.strip().endsWith(TEXT_LAYER_OK) ? Optional.of(false) : Optional.empty();
    if (expected.isEmpty()) {
      return;
    }
    String why =
        expected.get()
            ? String.format(
                Locale.ROOT,
                "%s has an unusable text layer (SOURCES.tsv: OCR CASE): expected no-text or a"
                    + " warning of %s, got %s",
                file,
                TEXT_LAYER_WARNINGS,
                run.parsed() ? warnings(run) : run.describe())
            : String.format(
                Locale.ROOT,
                "%s has a usable text layer (SOURCES.tsv) but was flagged: %s",
                file,
                run.describe());
    KnownGaps.verify(
            file,
            KnownGaps.Check.FLAGGED,
            () -> assertThat(flagged).as(why).isEqualTo(expected.get()))
        .ifPresent(Assumptions::abort);
  }

  @Test
  void sourcesDescribeEveryFileAndOnlyThem() {
    List<String> files = files().toList();

    assertThat(WildSources.rows().keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(WildSources.index().sources().values()).isSubsetOf(files);
  }

  /** Whether a run tells its reader that the text layer was unusable. */
  static boolean flagged(CorpusFiles.Run run) {
    if (!run.parsed()) {
      return run.error() != null && run.error().reason() == Reason.NO_TEXT;
    }
    return warnings(run).stream().anyMatch(TEXT_LAYER_WARNINGS::contains);
  }

  private static List<String> warnings(CorpusFiles.Run run) {
    List<String> warnings = new ArrayList<>();
    for (JsonNode warning : run.tree().path("meta").path("vitae").path("warnings")) {
      warnings.add(warning.asText());
    }
    return warnings;
  }
}
