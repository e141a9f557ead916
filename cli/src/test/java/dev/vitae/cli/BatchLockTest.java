package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.cli.batch.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code vitae batch} processes on one output folder: the second exits 2 at once, while
 * the first holds the manifest's lock to its end and records every file exactly once.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BatchLockTest {
  private static final int DOCUMENTS = 1_500;

  @TempDir Path tmp;

  @Test
  void secondBatchOnSameOutputExitsTwoWhileFirstKeepsItsLock() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < DOCUMENTS; i++) {
      Path file = in.resolve("d" + (i % 10)).resolve("cv" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Person Number" + i + "\nExperience\nAcme 2001 - 2020\nEngineer\n");
    }
    Path out = tmp.resolve("out");
    Process first =
        Child.vitae("batch", in.toString(), "-o", out.toString(), "--threads", "1", "--nlp=off")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("first.txt").toFile())
            .start();
    Path manifest = out.resolve(Manifest.FILE_NAME);
    // The first batch has read its manifest (and closed whatever it read it with) once it writes.
    while (first.isAlive() && lines(manifest) < 1) {
      Thread.sleep(5);
    }
    assertThat(first.isAlive()).as("the first batch is still running").isTrue();

    Process second =
        Child.vitae("batch", in.toString(), "-o", out.toString(), "--nlp=off")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("second.txt").toFile())
            .start();
    assertThat(second.waitFor(1, TimeUnit.MINUTES)).isTrue();
    boolean firstRunning = first.isAlive();
    assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();

    String secondErr = Files.readString(tmp.resolve("second.txt"));
    assertThat(second.exitValue()).as(secondErr).isEqualTo(Main.USAGE);
    assertThat(secondErr).contains("another vitae batch is writing " + out);
    assertThat(firstRunning).as("the first batch outlived the second").isTrue();
    assertThat(first.exitValue()).as(Files.readString(tmp.resolve("first.txt"))).isZero();
    List<String> recorded = Files.readAllLines(manifest);
    Set<String> files = new HashSet<>();
    for (String line : recorded) {
      assertThat(files.add(Json.parse(line).get("file").asText())).as(line).isTrue();
    }
    assertThat(files).hasSize(DOCUMENTS);
  }

  private static long lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }
}
