package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code vitae} whose stdout cannot be written (a full disk, closed, a pipe whose reader
 * went away) or whose stdin is closed: it ends with exit 1 and at most one line on stderr, never
 * exit 0 with the output lost, never reading a file the JVM opened in place of stdin.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StreamsTest {
  @TempDir Path tmp;

  private Path cv;

  @BeforeEach
  void writeResume() throws IOException {
    cv = Files.writeString(tmp.resolve("cv.txt"), "Jordan Example\nExperience\nAcme 2020\n");
  }

  /** Runs {@code vitae args} through sh with {@code redirects}; stdout and stderr are captured. */
  private Result sh(String redirects, String... args) throws Exception {
    StringBuilder line = new StringBuilder("exec");
    for (String arg : Child.command(args)) {
      line.append(" '").append(arg).append('\'');
    }
    line.append(' ').append(redirects);
    return run(line.toString());
  }

  private Result run(String script) throws Exception {
    Process child =
        new ProcessBuilder("/bin/bash", "-c", script)
            .directory(tmp.toFile())
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(tmp.resolve("err.txt").toFile())
            .start();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(
        child.exitValue(),
        Files.readString(tmp.resolve("out.txt")),
        Files.readAllLines(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, List<String> err) {}

  @Test
  void fullDiskOnStdoutFailsWithOneLine() throws Exception {
    Result result = sh("> /dev/full", "parse", cv.toString(), "--nlp=off");

    assertThat(result.code()).as(result.err().toString()).isEqualTo(Main.FAILED);
    assertThat(result.err())
        .containsExactly("vitae: cannot write to stdout: No space left on device");
  }

  @Test
  void closedStdoutFailsWithOneLine() throws Exception {
    Result result = sh(">&-", "parse", cv.toString(), "--nlp=off");

    assertThat(result.code()).as(result.err().toString()).isEqualTo(Main.FAILED);
    assertThat(result.err()).containsExactly("vitae: cannot write to stdout: stdout is closed");
  }

  @Test
  void readerThatWentAwayFailsQuietly() throws Exception {
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      paths.append(cv).append('\n');
    }
    Files.writeString(tmp.resolve("paths.txt"), paths);
    StringBuilder command = new StringBuilder();
    for (String arg : Child.command("parse", "--jsonl", "--nlp=off", "--threads", "1")) {
      command.append(" '").append(arg).append('\'');
    }

    Result result =
        run(
            "set -o pipefail; "
                + command
                + " < paths.txt | head -c 10 > /dev/null; echo \"exit=$?\" >&2");

    assertThat(result.err()).containsExactly("exit=" + Main.FAILED);
  }

  @Test
  void closedStdinIsAnErrorNotAFile() throws Exception {
    Result one = sh("<&-", "parse", "-", "--nlp=off");

    assertThat(one.code()).isEqualTo(Main.FAILED);
    assertThat(one.out()).isEmpty();
    assertThat(one.err()).hasSize(1);
    assertThat(one.err().get(0)).startsWith("vitae: -: io: ").contains("stdin is closed");

    Result paths = sh("<&-", "parse", "--jsonl", "--nlp=off");

    assertThat(paths.code()).isEqualTo(Main.FAILED);
    assertThat(paths.out()).isEmpty();
    assertThat(paths.err()).containsExactly("vitae: cannot read paths from stdin: stdin is closed");
  }
}
