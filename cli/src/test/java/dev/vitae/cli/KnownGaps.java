package dev.vitae.cli;

import static org.assertj.core.api.Assertions.fail;

import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The committed list of checks that do not hold yet for a file of the wild corpus ({@code
 * testdata/corpus/wild-known-gaps.tsv}, read from the source tree): such a check is skipped with
 * its reason instead of failing, and fails once it holds, so that its line is removed.
 */
final class KnownGaps {
  static final String FILE = "corpus/wild-known-gaps.tsv";

  /** A check the wild-corpus tests make on one file. */
  enum Check {
    /** The output validates against the JSON Resume schema. */
    SCHEMA,
    /**
     * A text layer is flagged (NO_TEXT, or a garbled-text / no-text-layer warning) exactly when
     * SOURCES.tsv calls it unusable.
     */
    FLAGGED;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A check that may throw an {@link AssertionError}. */
  @FunctionalInterface
  interface Assertion {
    void run();
  }

  private static final Map<String, String> GAPS = read();

  private KnownGaps() {}

  /**
   * Runs a check on a file.
   *
   * @return the reason to report when the check fails as the list expects (the caller aborts the
   *     test with it after its other checks), or empty when the check holds and is not listed
   * @throws AssertionError when the check fails and is not listed, or holds but is listed
   */
  static Optional<String> verify(String file, Check check, Assertion assertion) {
    String why = GAPS.get(file + "\t" + check.key());
    try {
      assertion.run();
    } catch (AssertionError e) {
      if (why == null) {
        throw e;
      }
      return Optional.of("known gap (" + FILE + "): " + check.key() + ": " + why);
    }
    if (why != null) {
      fail("%s: the check %s now holds; remove its line from testdata/%s", file, check.key(), FILE);
    }
    return Optional.empty();
  }

  private static Map<String, String> read() {
    Path path = TestData.root().resolve(FILE);
    Map<String, String> gaps = new HashMap<>();
    try {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 3) {
          throw new IllegalStateException(FILE + ": expected file, check and why: " + line);
        }
        Check.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
        gaps.put(cells[0].strip() + "\t" + cells[1].strip(), cells[2].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gaps;
  }
}
