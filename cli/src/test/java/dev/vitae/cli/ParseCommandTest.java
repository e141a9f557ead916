package dev.vitae.cli;

import static dev.vitae.cli.Cli.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void outputUnderAFileIsAOneLineUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");

    Cli.Result result =
        Cli.run("parse", file.toString(), "-o", blocker.resolve("sub/cv.json").toString());

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            lines(
                "vitae parse: -o "
                    + blocker.resolve("sub/cv.json")
                    + ": "
                    + blocker
                    + " is not a folder",
                "try 'vitae parse --help'"));
  }

  @Test
  void outputThatIsAFolderIsAOneLineUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", file.toString(), "-o", tmp.toString());

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .containsExactly(
            "vitae parse: -o "
                + tmp
                + " is a folder; parse writes one file (vitae batch writes a"
                + " folder of outputs)",
            "try 'vitae parse --help'");
  }

  @Test
  void unwritableOutputIsOneLineWithoutExceptionText() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);
    // Refused by the file system whoever runs the test (root too): a name over 255 bytes.
    Path out = tmp.resolve("x".repeat(300) + ".json");

    Cli.Result result = Cli.run("parse", file.toString(), "-o", out.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            lines("vitae: " + file + ": output: cannot write " + out + ": file name too long"))
        .doesNotContain("Exception");
  }

  @Test
  void dashOutputIsStdout() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", file.toString(), "-o", "-");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(Json.parse(result.out()).at("/meta/vitae/source/file").asText())
        .isEqualTo(file.toString());
    assertThat(tmp.resolve("-")).doesNotExist();
  }

  @Test
  void severalFilesAreJsonLinesAndAFailureGoesToStderr() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Path b = Files.writeString(tmp.resolve("b.txt"), "Other Person\n" + RESUME);

    Cli.Result result = Cli.run("parse", a.toString(), empty.toString(), b.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(
            result
                .out()
                .lines()
                .map(Json::parse)
                .map(j -> j.at("/meta/vitae/source/file").asText()))
        .containsExactly(a.toString(), b.toString());
    assertThat(result.err())
        .isEqualTo(lines("vitae: " + empty + ": empty-file: the file is empty"));
  }

  @Test
  void severalFilesAllParsedIsExitZero() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);
    Path b = Files.writeString(tmp.resolve("b.txt"), RESUME);

    Cli.Result result = Cli.run("parse", "--threads", "2", a.toString(), b.toString(), "-o", "-");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out().lines()).hasSize(2);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void severalFilesContradictingOptionsAreOneLineUsageErrors() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);
    String as = a.toString();

    for (String[] args :
        List.of(
            new String[] {"parse", as, as, "--pretty"},
            new String[] {"parse", as, as, "-o", tmp.resolve("x.json").toString()},
            new String[] {"parse", as, "-"},
            new String[] {"parse", as, "--threads", "2"})) {
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(result.err().lines()).as(String.join(" ", args)).hasSize(2);
      assertThat(result.err()).endsWith("try 'vitae parse --help'" + System.lineSeparator());
      assertThat(result.out()).isEmpty();
    }
  }

  @Test
  void jsonlTakesFilesAsArguments() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);
    Path empty = Files.createFile(tmp.resolve("empty.txt"));

    Cli.Result result = Cli.run("parse", "--jsonl", a.toString(), empty.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    List<JsonNode> lines = result.out().lines().map(Json::parse).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).at("/error/reason").asText()).isEqualTo("empty-file");
  }

  @Test
  void nulSeparatedPathsOnStdin() throws IOException {
    Path a = Files.writeString(tmp.resolve("a b.txt"), RESUME);
    Path c = Files.writeString(tmp.resolve("new\nline.txt"), RESUME);

    Cli.Result result = Cli.runWithStdin(a + "\0" + c + "\0", "parse", "--jsonl", "-0");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(
            result
                .out()
                .lines()
                .map(Json::parse)
                .map(j -> j.at("/meta/vitae/source/file").asText()))
        .containsExactly(a.toString(), c.toString());
  }
}
