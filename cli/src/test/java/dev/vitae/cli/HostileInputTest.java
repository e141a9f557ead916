package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.cli.batch.Batch;
import dev.vitae.cli.batch.Outcome;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.parser.Reason;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code testdata/hostile/} (empty, zero-byte PDF, binary junk, truncated and
 * encrypted PDFs, a PDF header over junk, mojibake, UTF-16 without a byte-order mark) plus inputs
 * generated here (one huge line, deeply nested Markdown) must end as a typed {@link Outcome}
 * through the real parser and extractor: no exception escapes, and no message quotes the input.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HostileInputTest {
  private static final Path COMMITTED = TestData.path("hostile");
  private static final Path GENERATED = Path.of("target", "hostile-generated");

  // Words from the hostile files that must never reach a message.
  private static final List<String> CONTENT =
      List.of("Sample Person", "Example Corp", "138 0000 0000", "ÐÕÃû", "user-secret");

  private static final ResumeConverter STANDARD = ResumeConverter.standard();

  @TempDir Path tmp;

  static Stream<Path> hostileFiles() throws IOException {
    if (!Files.isDirectory(COMMITTED)) {
      throw new IOException("hostile folder not found: " + COMMITTED.toAbsolutePath());
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> committed = Files.list(COMMITTED)) {
      committed.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    files.addAll(generate());
    return files.stream();
  }

  private static List<Path> generate() throws IOException {
    Files.createDirectories(GENERATED);
    Path hugeLine = GENERATED.resolve("huge-line.txt");
    if (!Files.exists(hugeLine)) {
      // 6 MB with no line break: bounded by the parser's line limits, not by luck.
      Files.writeString(hugeLine, "Experience ".repeat(600_000), StandardCharsets.UTF_8);
    }
    Path nested = GENERATED.resolve("deep-nesting.md");
    if (!Files.exists(nested)) {
      Files.writeString(nested, ">".repeat(20_000) + " quote\n" + "- ".repeat(20_000) + "item\n");
    }
    return List.of(hugeLine, nested);
  }

  @ParameterizedTest
  @MethodSource("hostileFiles")
  void endsAsTypedOutcome(Path file) throws IOException {
    Path relative = Path.of(file.getFileName().toString());
    Path target = tmp.resolve(relative + ".json");

    Outcome outcome = new Batch(STANDARD, 1, false).convert(file, relative, target);

    assertThat(outcome.file()).isEqualTo(relative);
    if (outcome.isFailure()) {
      assertThat(outcome.reason()).isNotNull();
      assertThat(outcome.message()).isNotBlank();
      assertThat(CONTENT).noneMatch(outcome.message()::contains);
      assertThat(target).doesNotExist();
    } else {
      assertThat(Json.read(target).isObject()).isTrue();
    }
    if (Files.size(file) == 0) {
      assertThat(outcome.reason()).isEqualTo(Reason.EMPTY_FILE);
    }
  }

  @Test
  void batchOverHostileFolderLogsOneTypedLinePerBadFile() throws IOException {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Files.createDirectories(in);
    List<Path> files = hostileFiles().toList();
    for (Path file : files) {
      Files.copy(file, in.resolve(file.getFileName()));
    }

    Cli.Result result =
        Cli.run(ResumeConverter::standard, "", "batch", in.toString(), "-o", out.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    Set<String> codes = new HashSet<>();
    for (Reason reason : Reason.values()) {
      codes.add(reason.code());
    }
    List<String> lines = Files.readAllLines(out.resolve("errors.jsonl"));
    Set<String> failed = new HashSet<>();
    for (String line : lines) {
      JsonNode json = Json.parse(line);
      assertThat(codes).contains(json.get("reason").asText());
      assertThat(CONTENT).noneMatch(line::contains);
      assertThat(failed.add(json.get("file").asText())).as("one line per file").isTrue();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      boolean written = Files.exists(out.resolve(name + ".json"));
      assertThat(written)
          .as(name + " is written or logged, not both")
          .isNotEqualTo(failed.contains(name));
    }
    assertThat(result.err()).contains("vitae: " + files.size() + " files, ");
  }

  @Test
  void goodFilesAmongHostileOnesAreStillWritten() throws IOException {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Files.createDirectories(in);
    for (Path file : hostileFiles().toList()) {
      Files.copy(file, in.resolve(file.getFileName()));
    }
    Files.writeString(in.resolve("good.txt"), "Jordan Example\nExperience\nAcme 2020\n");

    Cli.Result result = Cli.run("batch", in.toString(), "-o", out.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(Json.read(out.resolve("good.txt.json")).isObject()).isTrue();
  }
}
