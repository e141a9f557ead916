package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.cli.batch.Batch;
import dev.vitae.cli.batch.ErrorLog;
import dev.vitae.cli.batch.Manifest;
import dev.vitae.convert.ResumeConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code vitae batch} in a child JVM, killed with SIGKILL ({@code destroyForcibly}) at
 * several moments (while starting, and after various numbers of finished files), then started again
 * until it finishes: the output folder must hold exactly one whole output per good input, byte for
 * byte what an uninterrupted run writes, one error line per bad input, and no temporary files.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class KillAndResumeTest {
  private static final int DOCUMENTS = 300;

  @TempDir Path tmp;

  @Test
  void killedBatchesResumeToExactlyOneWholeOutputPerInput() throws Exception {
    Path in = tmp.resolve("in");
    Set<String> bad = generate(in);
    Path reference = tmp.resolve("reference");
    Cli.Result clean =
        Cli.run(ResumeConverter::standard, "", "batch", in.toString(), "-o", reference.toString());
    assertThat(clean.code()).isEqualTo(Main.FAILED);

    Path out = tmp.resolve("out");
    // Kill while the JVM starts, then after more and more finished files.
    List<Long> killedAt = new ArrayList<>();
    killedAt.add(killAfter(in, out, -1));
    for (int finished : new int[] {5, 60, 140, 220}) {
      killedAt.add(killAfter(in, out, finished));
    }
    // The kills landed mid-batch, not after a child that had already finished.
    assertThat(killedAt)
        .as("manifest lines when killed")
        .filteredOn(n -> n >= 0)
        .hasSizeGreaterThan(2);
    Process last = start(in, out);
    assertThat(last.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isEqualTo(1);

    assertThat(files(out)).isEqualTo(files(reference));
    assertThat(files(out).keySet()).noneMatch(name -> name.endsWith(".tmp"));
    assertThat(out.resolve(Batch.TEMP_DIR)).doesNotExist();
    Set<String> logged = new TreeSet<>();
    for (String line : Files.readAllLines(out.resolve(ErrorLog.FILE_NAME))) {
      assertThat(logged.add(Json.parse(line).get("file").asText())).isTrue();
    }
    assertThat(logged).isEqualTo(bad);
    Cli.Result again = Cli.run("batch", in.toString(), "-o", out.toString());
    assertThat(again.err()).contains(" unchanged (skipped)").contains(bad.size() + " failed");
  }

  // Good resumes in nested folders, and a few empty files that fail.
  private static Set<String> generate(Path in) throws IOException {
    Set<String> bad = new TreeSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      Path file = in.resolve("d" + (i % 7)).resolve("cv" + i + ".txt");
      Files.createDirectories(file.getParent());
      if (i % 50 == 7) {
        Files.writeString(file, "");
        bad.add(ErrorLog.slashed(in.relativize(file)));
      } else {
        Files.writeString(
            file,
            "Person Number"
                + i
                + "\nperson"
                + i
                + "@example.org\nExperience\nAcme "
                + (1990 + i % 30)
                + " - 2020\nEngineer\n".repeat(1 + i % 5));
      }
    }
    return bad;
  }

  // Starts a batch and kills it once the manifest lists `finished` files (-1: right away); returns
  // the manifest's line count at the kill, or -1 when the child had already ended.
  private long killAfter(Path in, Path out, int finished) throws Exception {
    Process child = start(in, out);
    Path manifest = out.resolve(Manifest.FILE_NAME);
    if (finished < 0) {
      Thread.sleep(300);
    } else {
      while (child.isAlive() && lines(manifest) < finished) {
        Thread.sleep(2);
      }
    }
    long at = child.isAlive() ? lines(manifest) : -1;
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    System.err.println("KillAndResumeTest: killed at " + at + " manifest lines");
    return at;
  }

  private Process start(Path in, Path out) throws IOException {
    // the reference run is the rules alone; the child must not differ by the NLP layer
    return Child.vitae("batch", in.toString(), "-o", out.toString(), "--threads", "2", "--nlp=off")
        .redirectOutput(tmp.resolve("stdout.txt").toFile())
        .redirectError(tmp.resolve("stderr.txt").toFile())
        .start();
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  // Every file under `root` but the manifest and the error log (whose order depends on threads).
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> byPath = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = ErrorLog.slashed(root.relativize(file));
        if (!name.equals(Manifest.FILE_NAME) && !name.equals(ErrorLog.FILE_NAME)) {
          byPath.put(name, Files.readString(file));
        }
      }
    }
    for (String name : byPath.keySet()) {
      JsonNode json = Json.parse(byPath.get(name));
      assertThat(json.at("/meta/vitae/source/file").asText() + ".json").isEqualTo(name);
    }
    return byPath;
  }
}
