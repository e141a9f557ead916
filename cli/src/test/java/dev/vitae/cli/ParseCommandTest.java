package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final String RESUME =
      "Jordan Example\njordan@example.org\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  @Test
  void parsesFileToStdout() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.err()).isEmpty();
    JsonNode json = Json.parse(result.out());
    assertThat(json.at("/meta/vitae/source/file").asText()).isEqualTo(file.toString());
    assertThat(result.out().strip()).doesNotContain("\n");
  }

  @Test
  void stdoutHoldsOnlyOneJsonValue() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", "--pretty", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).startsWith("{").endsWith("}" + System.lineSeparator());
    assertThat(Json.parse(result.out()).isObject()).isTrue();
    assertThat(result.out()).contains("\n  ");
  }

  @Test
  void parsesStdinNamedDash() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "-");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(Json.parse(result.out()).at("/meta/vitae/source/file").asText()).isEqualTo("-");
  }

  @Test
  void writesOutputFileAndNothingToStdout() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);
    Path out = tmp.resolve("new/folder/cv.json");

    Cli.Result result = Cli.run("parse", file.toString(), "-o", out.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    assertThat(Json.read(out).has("meta")).isTrue();
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertThat(left).containsExactly(out);
    }
  }

  @Test
  void replacesAnExistingOutput() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);
    Path out = Files.writeString(tmp.resolve("cv.json"), "stale");

    assertThat(Cli.run("parse", file.toString(), "-o", out.toString()).code()).isEqualTo(Main.OK);
    assertThat(Json.read(out).has("meta")).isTrue();
  }

  @Test
  void failedDocumentIsOneLineOnStderr() throws IOException {
    Path file = Files.createFile(tmp.resolve("empty.txt"));

    Cli.Result result = Cli.run("parse", file.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("vitae: " + file + ": empty-file: the file is empty" + System.lineSeparator());
  }

  @Test
  void missingFileFails() {
    Cli.Result result = Cli.run("parse", tmp.resolve("nope.pdf").toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("vitae: " + tmp.resolve("nope.pdf") + ": io: ");
  }

  @Test
  void extractionBugIsInternalAndKeepsContentOut() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), "Name\nEXPLODE secret-phone-123\n");

    Cli.Result result = Cli.run("parse", file.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("vitae: " + file + ": internal: unexpected IllegalStateException at ")
        .doesNotContain("secret-phone-123");
  }

  @Test
  void unwritableOutputIsReported() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");

    Cli.Result result =
        Cli.run("parse", file.toString(), "-o", blocker.resolve("cv.json").toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("vitae: " + file + ": output: cannot write output: ");
  }
}
