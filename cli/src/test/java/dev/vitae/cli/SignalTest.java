package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.cli.batch.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real batch told to stop with SIGTERM prints its summary of what it did before ending. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SignalTest {
  @TempDir Path tmp;

  @Test
  void sigtermPrintsTheSummarySoFar() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 1_500; i++) {
      Path file = in.resolve("d" + (i % 10)).resolve("cv" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Person Number" + i + "\nExperience\nAcme 2001 - 2020\nEngineer\n");
    }
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err.txt");
    Process batch =
        Child.vitae("batch", in.toString(), "-o", out.toString(), "--threads", "1", "--nlp=off")
            .redirectErrorStream(true)
            .redirectOutput(err.toFile())
            .start();
    Path manifest = out.resolve(Manifest.FILE_NAME);
    while (batch.isAlive() && (!Files.exists(manifest) || Files.size(manifest) < 1_000)) {
      Thread.sleep(5);
    }
    assertThat(batch.isAlive()).as("still running when signalled").isTrue();

    batch.destroy(); // SIGTERM

    assertThat(batch.waitFor(1, TimeUnit.MINUTES)).isTrue();
    String printed = Files.readString(err);
    assertThat(printed).contains("vitae: stopped by a signal").containsPattern("\\d+ parsed");
  }
}
