package dev.vitae.beam;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a file system that is not the local disk: {@link MemoryFileSystem}'s {@code mem://},
 * registered the way the GCS, S3 and HDFS modules register theirs. Input, outputs and Beam's own
 * temporary files all go through {@code FileSystems}; nothing touches a {@code java.io} path.
 */
class FileSystemsTest {
  @TempDir Path tmp;

  private final String bucket = "mem://" + UUID.randomUUID() + "/";

  @Test
  void readsAndWritesAnObjectStoreThroughBeamsFileSystems() throws Exception {
    Corpus corpus = Corpus.layOut(tmp);
    upload(corpus.in, bucket + "in/");

    PipelineResult result =
        VitaeBeamTest.start(
            ConversionFactory.standard(),
            "--targetParallelism=2",
            "--input=" + bucket + "in",
            "--output=" + bucket + "out/resumes",
            "--deadLetter=" + bucket + "out/failed");

    assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
    assertThat(byName(MemoryFileSystem.lines(bucket + "out/resumes-", VitaeBeam.SUFFIX)))
        .containsExactlyInAnyOrderEntriesOf(corpus.expectedResumes());
    Map<String, String> failures = new TreeMap<>();
    for (String line : MemoryFileSystem.lines(bucket + "out/failed-", VitaeBeam.SUFFIX)) {
      failures.put(
          Corpus.read(line).path("file").asText(), Corpus.read(line).path("reason").asText());
    }
    assertThat(failures).containsExactlyInAnyOrderEntriesOf(corpus.expectedFailures());
    // The hidden files were skipped, and Beam's temporary files were renamed or deleted.
    assertThat(MemoryFileSystem.list(bucket + "out/"))
        .allSatisfy(uri -> assertThat(uri).endsWith(VitaeBeam.SUFFIX).doesNotContain(".temp"));
  }

  @Test
  void readsAGlobOnAnObjectStore() throws Exception {
    MemoryFileSystem.put(bucket + "cv/2024/a.md", "# Jane Doe\n".getBytes(UTF_8));
    MemoryFileSystem.put(bucket + "cv/2024/a.txt", "Jane Doe\n".getBytes(UTF_8));
    MemoryFileSystem.put(bucket + "cv/2025/b/c.md", "# John Roe\n".getBytes(UTF_8));

    VitaeBeamTest.run(
        ConversionFactory.standard(),
        "--input=" + bucket + "cv/20*/**.md",
        "--output=" + bucket + "out/cv");

    assertThat(byName(MemoryFileSystem.lines(bucket + "out/cv-", VitaeBeam.SUFFIX)).keySet())
        .containsExactlyInAnyOrder("2024/a.md", "2025/b/c.md");
  }

  @Test
  void namesTheProfileThatAddsAMissingFileSystem() {
    assertThatThrownBy(() -> create("--input=gs://bucket/in", "--output=" + tmp.resolve("cv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--input: no Beam file system for gs:// in this jar; build the job jar with -Pgcs"
                + " (beam-sdks-java-extensions-google-cloud-platform-core)");
    assertThatThrownBy(() -> create("--input=" + tmp, "--output=s3://bucket/out/cv"))
        .hasMessageStartingWith("--output: no Beam file system for s3:// in this jar")
        .hasMessageContaining("-Ps3 (beam-sdks-java-io-amazon-web-services2)");
    assertThatThrownBy(
            () ->
                create(
                    "--input=" + tmp,
                    "--output=" + tmp.resolve("cv"),
                    "--deadLetter=hdfs://nn/out/failed"))
        .hasMessageStartingWith("--deadLetter: no Beam file system for hdfs://")
        .hasMessageContaining("-Phdfs");
    assertThatThrownBy(() -> create("--input=ftp://host/in", "--output=" + tmp.resolve("cv")))
        .hasMessage(
            "--input: no Beam file system for ftp:// in this jar; add the Beam module that"
                + " registers it to the job jar");
  }

  private static void create(String... args) {
    VitaeBeam.create(PipelineOptionsFactory.fromArgs(args).as(VitaeBeamOptions.class));
  }

  private static void upload(Path folder, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String name =
          folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      MemoryFileSystem.put(prefix + name, Files.readAllBytes(file));
    }
  }

  private static Map<String, String> byName(List<String> lines) {
    Map<String, String> byName = new HashMap<>();
    for (String line : lines) {
      String name =
          Corpus.read(line).path("meta").path("vitae").path("source").path("file").asText();
      assertThat(byName.put(name, line)).as("duplicate output for %s", name).isNull();
    }
    return byName;
  }
}
