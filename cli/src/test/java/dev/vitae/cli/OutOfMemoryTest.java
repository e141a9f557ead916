package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.cli.batch.ErrorLog;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that exhausts the heap fails as {@code too-large}, and the batch goes on with all its
 * threads: the other documents are converted, and a second run over the same folder is not short of
 * a worker.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class OutOfMemoryTest {
  @TempDir Path tmp;

  /** {@link TextConverter}, except that a document named {@code bomb*} runs out of memory. */
  private static final class Exhausting implements ResumeConverter {
    private final TextConverter text = new TextConverter();

    @Override
    public Resume convert(Path file, String name) throws DocumentException {
      if (file.getFileName().toString().startsWith("bomb")) {
        // What the JVM throws when the heap is gone; allocating for real would take the test
        // machine's memory with it.
        throw new OutOfMemoryError("Java heap space");
      }
      if (file.getFileName().toString().startsWith("jvm-bug")) {
        throw new InternalError("the JVM broke");
      }
      return text.convert(file, name);
    }

    @Override
    public Resume convert(InputStream in, String name) throws DocumentException {
      return text.convert(in, name);
    }
  }

  @Test
  void documentThatExhaustsTheHeapFailsAloneAsTooLarge() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (int i = 0; i < 12; i++) {
      Files.writeString(in.resolve("cv" + i + ".txt"), "Jordan Example" + i + "\nExperience\n");
    }
    Files.writeString(in.resolve("bomb1.txt"), "x");
    Files.writeString(in.resolve("bomb2.txt"), "x");

    Cli.Result result =
        Cli.run(
            Exhausting::new, "", "batch", in.toString(), "-o", out.toString(), "--threads", "2");

    assertThat(result.code()).as(result.err()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("14 files, 12 parsed, 2 failed").contains("too-large 2");
    for (String line : Files.readAllLines(out.resolve(ErrorLog.FILE_NAME))) {
      JsonNode json = Json.parse(line);
      assertThat(json.get("file").asText()).startsWith("bomb");
      assertThat(json.get("reason").asText()).isEqualTo("too-large");
    }

    Cli.Result again =
        Cli.run(
            Exhausting::new,
            "",
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--threads",
            "2",
            "--force");

    assertThat(again.err()).contains("14 files, 12 parsed, 2 failed");
  }

  @Test
  void otherJvmErrorEndsTheRunWithExitThree() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("jvm-bug.txt"), "x");

    Cli.Result result =
        Cli.run(Exhausting::new, "", "batch", in.toString(), "-o", tmp.resolve("out").toString());

    assertThat(result.code()).isEqualTo(Main.INTERNAL);
    assertThat(result.err()).contains("vitae: internal error: InternalError");
  }
}
