package dev.vitae.cli;

import static dev.vitae.cli.Cli.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String VALID =
      """
      {"basics": {"name": "Ada Lovelace", "email": "ada@example.com",
                  "profiles": [{"network": "GitHub", "url": "https://github.com/ada"}]},
       "work": [{"name": "Acme", "startDate": "2019-08"}]}
      """;
  private static final String INVALID =
      """
      {"basics": {"name": "Ada Lovelace", "email": "not an email"},
       "work": [{"name": "Acme", "startDate": "August 2019"}],
       "hobbies": ["chess"]}
      """;

  @TempDir Path tmp;

  @Test
  void validResumeExitsZeroWithNothingOnStdout() throws IOException {
    Path file = Files.writeString(tmp.resolve("ada.json"), VALID);

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(lines("vitae: " + file + ": valid JSON Resume v1.0.0"));
  }

  @Test
  void invalidResumeExitsOneWithJsonPointerMessages() throws IOException {
    Path file = Files.writeString(tmp.resolve("ada.json"), INVALID);

    Cli.Result result = Cli.run("--quiet", "validate", file.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out().lines())
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("/basics/email: "))
        .anySatisfy(line -> assertThat(line).startsWith("/work/0/startDate: "))
        .anySatisfy(line -> assertThat(line).startsWith("(root): ").contains("hobbies"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void readsStdin() {
    Cli.Result valid = Cli.runWithStdin(VALID, "validate", "-");
    Cli.Result invalid = Cli.runWithStdin(INVALID, "validate", "-");

    assertThat(valid.code()).isEqualTo(Main.OK);
    assertThat(invalid.code()).isEqualTo(Main.FAILED);
    assertThat(invalid.out()).contains("/basics/email: ");
  }

  @Test
  void vitaesOwnOutputIsValid() throws IOException {
    Path file =
        Files.writeString(tmp.resolve("cv.txt"), "Jordan Example\njordan@example.org\nAcme 2020\n");
    String json = Cli.run("parse", file.toString()).out();

    Cli.Result result = Cli.runWithStdin(json, "validate", "-");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void textThatIsNotJsonIsInvalidAndNotQuoted() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.json"), "{\"basics\": secret-words}");

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(lines("vitae: " + file + ": not JSON at line 1, column 12"))
        .doesNotContain("secret");
  }

  @Test
  void missingFileAndMissingArgumentAreUsageErrors() {
    Cli.Result missing = Cli.run("validate", tmp.resolve("nope.json").toString());
    Cli.Result none = Cli.run("validate");

    assertThat(missing.code()).isEqualTo(Main.USAGE);
    assertThat(missing.err())
        .isEqualTo(
            lines(
                "vitae validate: cannot read "
                    + tmp.resolve("nope.json")
                    + ": no such file or folder",
                "try 'vitae validate --help'"));
    assertThat(none.code()).isEqualTo(Main.USAGE);
    assertThat(none.err().lines()).hasSize(2);
  }
}
