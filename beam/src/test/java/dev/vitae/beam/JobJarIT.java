package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code mvn package} builds, {@code beam/target/vitae-beam.jar}, run as a user runs
 * it: {@code java -jar} in a child process, on the DirectRunner, with nothing else on its class
 * path. It shows the jar is self-contained (merged service files find the runner and the local file
 * system) and that it carries neither the NLP layer nor a cloud file system by default.
 */
class JobJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("vitae.beam.jar", "target/vitae-beam.jar"));

  @TempDir Path tmp;

  @Test
  void convertsAFolderAndPrintsTheCountsOnStderr() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a.md"), "# Jane Doe\n\njane@example.com\n");
    Files.writeString(in.resolve("sub/b.txt"), "John Roe\njohn@example.com\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Path out = tmp.resolve("out");

    Run run =
        java(
            "--input=" + in,
            "--output=" + out.resolve("cv"),
            "--deadLetter=" + out.resolve("failed"));

    assertThat(run.status).as(run.stderr).isZero();
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr).endsWith("vitae-beam: 2 parsed, 1 failed (empty-file 1)\n");
    assertThat(Corpus.resumesByName(out.resolve("cv")).keySet())
        .containsExactlyInAnyOrder("a.md", "sub/b.txt");
    assertThat(Corpus.failuresByName(out.resolve("failed")))
        .containsExactlyEntriesOf(Map.of("empty.txt", "empty-file"));
  }

  @Test
  void refusesNlpOnWithoutTheLayerInOneLineAndAHint() throws Exception {
    Run run = java("--nlp=on", "--input=" + tmp, "--output=" + tmp.resolve("cv"));

    assertThat(run.status).isEqualTo(VitaeBeam.USAGE);
    assertThat(run.stderr)
        .isEqualTo(
            "vitae-beam: " + NlpConversionFactory.MISSING + "\ntry --help=VitaeBeamOptions\n");
  }

  @Test
  void namesTheProfileForACloudFileSystemItLacks() throws Exception {
    Run run = java("--input=gs://bucket/cv", "--output=" + tmp.resolve("cv"));

    assertThat(run.status).isEqualTo(VitaeBeam.USAGE);
    assertThat(run.stderr)
        .startsWith("vitae-beam: --input: no Beam file system for gs:// in this jar;")
        .contains("-Pgcs");
  }

  private record Run(int status, String stdout, String stderr) {}

  private Run java(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("built by mvn package").isRegularFile();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the job jar did not finish");
    }
    return new Run(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
