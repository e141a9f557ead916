package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
  private static final String SECRET = "jordan.secret@example.org";
  private static final String RESUME = "Jordan Example\n" + SECRET + "\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  @AfterEach
  void backToNormal() {
    // Logging is process-wide: leave it as a plain run sets it.
    Cli.run("--version");
  }

  @Test
  void verboseLogsEachDocumentOnStderrWithoutItsContent() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("--verbose", "parse", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.err()).matches("vitae: debug: " + quoted(file) + ": parsed in \\d+ ms\\R");
    assertThat(result.err()).doesNotContain(SECRET).doesNotContain("Jordan");
    // stdout holds the result and nothing else
    assertThat(Json.parse(result.out()).at("/basics/email").asText()).isEqualTo(SECRET);
  }

  @Test
  void verboseIsAlsoTakenAfterTheCommandName() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", "-v", file.toString());

    assertThat(result.err()).startsWith("vitae: debug: ");
  }

  @Test
  void aPlainRunLogsNothingForAParsedDocument() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", file.toString());

    assertThat(result.err()).isEmpty();
  }

  @Test
  void batchSummaryIsInformationThatQuietDrops() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), RESUME);
    Files.createFile(in.resolve("empty.txt"));

    Cli.Result normal = Cli.run("batch", in.toString(), "-o", tmp.resolve("out1").toString());
    Cli.Result quiet =
        Cli.run("batch", "--quiet", in.toString(), "-o", tmp.resolve("out2").toString());

    assertThat(normal.code()).isEqualTo(Main.FAILED);
    assertThat(normal.err()).contains("vitae: 2 files, 1 parsed, 1 failed", "vitae: outputs with");
    assertThat(quiet.code()).isEqualTo(Main.FAILED);
    // what failed is still told; counts and rates are not
    assertThat(quiet.err())
        .contains("vitae: failed: ", "vitae: failures are listed in ")
        .doesNotContain("files, ")
        .doesNotContain("outputs with");
    assertThat(quiet.out()).isEmpty();
  }

  @Test
  void quietKeepsFailuresOfParse() throws IOException {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));

    Cli.Result result = Cli.run("-q", "parse", empty.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("empty-file");
  }

  @Test
  void libraryLogsAreOffUnlessVerbose() {
    java.util.logging.Logger library = java.util.logging.Logger.getLogger("org.apache.pdfbox.x");

    Cli.run("--version");
    boolean plain = library.isLoggable(java.util.logging.Level.WARNING);
    Cli.run("--verbose", "--version");
    boolean verbose = library.isLoggable(java.util.logging.Level.WARNING);

    assertThat(plain).isFalse();
    assertThat(verbose).isTrue();
  }

  private static String quoted(Path file) {
    return java.util.regex.Pattern.quote(file.toString());
  }
}
