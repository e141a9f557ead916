package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.cli.batch.Batch;
import dev.vitae.cli.batch.ErrorLog;
import dev.vitae.cli.batch.Manifest;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.parser.MemoryBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final String RESUME =
      "Jordan Example\njordan@example.org\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  private Path in;
  private Path out;

  private Path write(String relative, String text) throws IOException {
    Path file = in.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private void tree() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("top.txt", RESUME);
    write("a/b.txt", RESUME);
    write("a/c/d.md", "# Sam Sample\n");
    write("a/c/e.md", "# Kim Sample\n");
    write(".hidden.txt", RESUME);
    write(".git/config.txt", RESUME);
  }

  private Cli.Result batch(String... options) {
    List<String> args =
        Stream.concat(Stream.of("batch", in.toString(), "-o", out.toString()), Stream.of(options))
            .toList();
    return Cli.run(args.toArray(String[]::new));
  }

  private Map<String, String> outputs() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      Map<String, String> byPath = new TreeMap<>();
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().equals(Manifest.FILE_NAME))
              .toList()) {
        byPath.put(ErrorLog.slashed(out.relativize(file)), Files.readString(file));
      }
      return byPath;
    }
  }

  private List<JsonNode> errorLines() throws IOException {
    return Files.readAllLines(out.resolve("errors.jsonl")).stream()
        .map(Json::parse)
        .collect(Collectors.toList());
  }

  @Test
  void unwritableOutputFolderIsReportedAsSuch() throws IOException {
    tree();
    // Root may write anywhere: a folder where the manifest goes makes the output unwritable.
    Files.createDirectories(out.resolve(Manifest.FILE_NAME));

    Cli.Result result = batch();

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("cannot write to " + out).doesNotContain("cannot walk");
  }

  @Test
  void mirrorsRelativePathsAndSkipsHiddenFiles() throws IOException {
    tree();

    Cli.Result result = batch();

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).isEmpty();
    assertThat(outputs().keySet())
        .containsExactly("a/b.txt.json", "a/c/d.md.json", "a/c/e.md.json", "top.txt.json");
    JsonNode json = Json.read(out.resolve("a/c/d.md.json"));
    assertThat(json.at("/meta/vitae/source/file").asText()).isEqualTo("a/c/d.md");
    assertThat(result.err())
        .matches(
            "vitae: 4 files, 4 parsed, 0 failed in \\d+\\.\\d s \\(\\d+\\.\\d docs/s\\)\\R"
                + "vitae: outputs with name \\d+%, email \\d+%, phone \\d+%, work \\d+%,"
                + " education \\d+%\\R");
  }

  @Test
  void includeGlobSelectsFilesAtAnyDepth() throws IOException {
    tree();
    write("root.md", "# Ali Sample\n");

    Cli.Result result = batch("--include", "**/*.md");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(outputs().keySet())
        .containsExactly("a/c/d.md.json", "a/c/e.md.json", "root.md.json");
  }

  @Test
  void includeIsRepeatable() throws IOException {
    tree();

    batch("--include", "top.txt", "--include", "a/c/d.*");

    assertThat(outputs().keySet()).containsExactly("a/c/d.md.json", "top.txt.json");
  }

  @Test
  void outputFolderInsideInputIsNotRead() throws IOException {
    tree();
    out = in.resolve("out");

    assertThat(batch().code()).isEqualTo(Main.OK);
    Cli.Result again = batch("--force");

    assertThat(again.err()).startsWith("vitae: 4 files, 4 parsed");
    assertThat(outputs()).doesNotContainKey("out/top.txt.json.json");
  }

  @Test
  void failuresAreLoggedAndGoodFilesStillWritten() throws IOException {
    tree();
    write("bad/empty.txt", "");
    write("bad/junk.bin", "x\u0000y");
    write("bad/bug.txt", "Name\nEXPLODE secret-phone-123\n");

    Cli.Result result = batch("--threads", "2");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(outputs().keySet())
        .contains("a/b.txt.json", "a/c/d.md.json", "a/c/e.md.json", "top.txt.json")
        .noneMatch(path -> path.startsWith("bad/"));
    Map<String, String> reasons =
        errorLines().stream()
            .collect(
                Collectors.toMap(
                    line -> line.get("file").asText(), line -> line.get("reason").asText()));
    assertThat(reasons)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bad/empty.txt",
                "empty-file",
                "bad/junk.bin",
                "corrupt",
                "bad/bug.txt",
                "internal"));
    assertThat(Files.readString(out.resolve("errors.jsonl"))).doesNotContain("secret-phone-123");
    assertThat(result.err())
        .contains("vitae: 7 files, 4 parsed, 3 failed in ")
        .contains("errors.jsonl")
        .doesNotContain("secret-phone-123");
  }

  @Test
  void rerunReplacesErrorLogAndStaleOutputs() throws IOException {
    tree();
    Path flaky = write("flaky.txt", "");
    assertThat(batch().code()).isEqualTo(Main.FAILED);
    assertThat(errorLines()).hasSize(1);

    Files.writeString(flaky, RESUME);
    assertThat(batch().code()).isEqualTo(Main.OK);
    assertThat(out.resolve("errors.jsonl")).doesNotExist();
    assertThat(out.resolve("flaky.txt.json")).exists();

    Files.writeString(flaky, "");
    assertThat(batch().code()).isEqualTo(Main.FAILED);
    assertThat(errorLines()).hasSize(1);
    assertThat(out.resolve("flaky.txt.json")).doesNotExist();
  }

  @Test
  void oneAndFourThreadsWriteTheSameOutputs() throws IOException {
    tree();
    for (int i = 0; i < 40; i++) {
      write(
          "many/" + (i % 5) + "/cv" + i + ".txt",
          "Person " + i + "\nExperience\nAcme " + (2000 + i));
    }
    write("many/bad.txt", "");

    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    out = one;
    assertThat(batch("--threads", "1").code()).isEqualTo(Main.FAILED);
    Map<String, String> fromOne = outputs();
    out = four;
    assertThat(batch("--threads", "4").code()).isEqualTo(Main.FAILED);
    Map<String, String> fromFour = outputs();

    assertThat(fromFour).isEqualTo(fromOne).hasSize(45);
  }

  @Test
  void unwritableOutputStopsTheBatch() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("a/b.txt", RESUME);
    Files.createDirectories(out);
    Files.writeString(out.resolve("a"), "a file where the folder a/ should go");

    Cli.Result result = batch("--threads", "1");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    JsonNode line = errorLines().get(0);
    assertThat(line.get("file").asText()).isEqualTo("a/b.txt");
    assertThat(line.get("reason").asText()).isEqualTo("output");
    assertThat(line.get("message").asText()).startsWith("cannot write output: ");
    assertThat(result.err()).contains("vitae: batch stopped: a/b.txt: output: cannot write output");
  }

  @Test
  void followsLinksInsideTheTreeOnly() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Path inside = write("real.txt", RESUME);
    Path outside = Files.writeString(tmp.resolve("outside.txt"), RESUME);
    Files.createSymbolicLink(in.resolve("inside-link.txt"), inside);
    Files.createSymbolicLink(in.resolve("outside-link.txt"), outside);
    Files.createSymbolicLink(in.resolve("folder-link"), tmp);

    Cli.Result result = batch();

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(outputs().keySet()).containsExactly("inside-link.txt.json", "real.txt.json");
  }

  @Test
  void emptyFolderParsesNothing() throws IOException {
    in = Files.createDirectory(tmp.resolve("in"));
    out = tmp.resolve("out");

    Cli.Result result = batch();

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.err()).startsWith("vitae: 0 files, 0 parsed, 0 failed in ");
    assertThat(outputs()).isEmpty();
  }

  private Map<String, JsonNode> manifest() throws IOException {
    Map<String, JsonNode> byFile = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve(Manifest.FILE_NAME))) {
      JsonNode json = Json.parse(line);
      byFile.put(json.get("file").asText(), json);
    }
    return byFile;
  }

  @Test
  void manifestRecordsEveryFinishedFile() throws IOException {
    tree();
    write("bad.txt", "");

    batch();

    Map<String, JsonNode> manifest = manifest();
    assertThat(manifest.keySet())
        .containsExactly("a/b.txt", "a/c/d.md", "a/c/e.md", "bad.txt", "top.txt");
    JsonNode top = manifest.get("top.txt");
    assertThat(top.get("status").asText()).isEqualTo("parsed");
    assertThat(top.get("size").asLong()).isEqualTo(RESUME.length());
    assertThat(top.get("mtime").asLong())
        .isEqualTo(Files.getLastModifiedTime(in.resolve("top.txt")).toMillis());
    assertThat(top.get("sha256").asText()).isEqualTo(Batch.sha256(in.resolve("top.txt")));
    assertThat(manifest.get("bad.txt").get("sha256").asText())
        .isEqualTo(Batch.sha256(in.resolve("bad.txt")));
    assertThat(top.get("outputSize").asLong()).isEqualTo(Files.size(out.resolve("top.txt.json")));
    assertThat(manifest.get("bad.txt").get("status").asText()).isEqualTo("failed");
    assertThat(manifest.get("bad.txt").get("reason").asText()).isEqualTo("empty-file");
  }

  @Test
  void rerunSkipsWhatIsDoneAndRedoesWhatFailedOrChanged() throws IOException {
    tree();
    Path bad = write("bad.txt", "");
    assertThat(batch().code()).isEqualTo(Main.FAILED);

    Files.writeString(in.resolve("top.txt"), RESUME + "Education\nMIT 2010\n");
    Files.writeString(bad, RESUME);
    Files.delete(out.resolve("a/c/e.md.json"));
    Cli.Result again = batch();

    assertThat(again.code()).isEqualTo(Main.OK);
    assertThat(again.err()).startsWith("vitae: 3 files, 3 parsed, 0 failed, 2 unchanged (skipped)");
    assertThat(outputs().keySet())
        .containsExactly(
            "a/b.txt.json", "a/c/d.md.json", "a/c/e.md.json", "bad.txt.json", "top.txt.json");
    assertThat(out.resolve("errors.jsonl")).doesNotExist();
  }

  @Test
  void touchedButUnchangedFileIsNotConvertedAgain() throws IOException {
    tree();
    batch();
    Path top = in.resolve("top.txt");
    Files.setLastModifiedTime(
        top, FileTime.fromMillis(Files.getLastModifiedTime(top).toMillis() + 60_000));

    Cli.Result again = batch();

    assertThat(again.err()).startsWith("vitae: 0 files, 0 parsed, 0 failed, 4 unchanged");
    assertThat(manifest().get("top.txt").get("mtime").asLong())
        .isEqualTo(Files.getLastModifiedTime(top).toMillis());
  }

  @Test
  void forceConvertsEverythingAgain() throws IOException {
    tree();
    batch();

    Cli.Result again = batch("--force");

    assertThat(again.err()).startsWith("vitae: 4 files, 4 parsed, 0 failed in ");
  }

  @Test
  void damagedManifestOnlyMeansWorkIsDoneAgain() throws IOException {
    tree();
    batch();
    Path manifest = out.resolve(Manifest.FILE_NAME);
    List<String> lines = Files.readAllLines(manifest);
    // One line garbled, and a torn line at the end as a kill mid-write leaves it.
    lines.set(0, "{not json");
    Files.writeString(manifest, String.join("\n", lines) + "\n{\"file\":\"a/b");

    Cli.Result again = batch();

    assertThat(again.code()).isEqualTo(Main.OK);
    assertThat(again.err()).startsWith("vitae: 1 files, 1 parsed, 0 failed, 3 unchanged");
    assertThat(Files.readString(manifest)).endsWith("\n").doesNotContain("{\"file\":\"a/b\n");
  }

  @Test
  void summaryCountsFailuresByReasonAndFillRates() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("a.txt", RESUME);
    write("b.txt", "Sam Sample\n");
    write("c.txt", "");
    write("d.txt", "");
    write("e.bin", "x\u0000y");

    Cli.Result result = batch();

    assertThat(result.err())
        .contains("vitae: 5 files, 2 parsed, 3 failed in ")
        .contains("vitae: failed: empty-file 2, corrupt 1\n")
        .contains("vitae: outputs with name 100%, email 50%, phone 0%, work ");
  }

  @Test
  void slowDocumentsTimeOutAndTheBatchGoesOn() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    for (int i = 0; i < 6; i++) {
      write("ok" + i + ".txt", RESUME);
    }
    write("sleeps.txt", SlowConverter.SLEEP + "\n");
    write("spins.txt", SlowConverter.SPIN + "\n");

    Cli.Result result =
        Cli.run(
            SlowConverter::new,
            "",
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--threads",
            "2",
            "--timeout",
            "2s");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("vitae: 8 files, 6 parsed, 2 failed").contains("timeout 2");
    Map<String, String> reasons =
        errorLines().stream()
            .collect(
                Collectors.toMap(
                    line -> line.get("file").asText(), line -> line.get("reason").asText()));
    assertThat(reasons).isEqualTo(Map.of("sleeps.txt", "timeout", "spins.txt", "timeout"));
    assertThat(outputs().keySet()).noneMatch(name -> name.startsWith("s"));
  }

  @Test
  void maxBytesFailsLargerFilesAsTooLarge() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("small.txt", RESUME);
    write("large.txt", RESUME + "x".repeat(2000));

    Cli.Result result =
        Cli.run(
            ResumeConverter::standard,
            "",
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--max-bytes",
            "1k");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(errorLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("file").asText()).isEqualTo("large.txt");
              assertThat(line.get("reason").asText()).isEqualTo("too-large");
            });
    assertThat(outputs().keySet()).containsExactly("errors.jsonl", "small.txt.json");
  }

  @Test
  void maxMemoryFailsADocumentThatAllocatesMoreAsTooLargeAndTheBatchGoesOn() throws IOException {
    assumeTrue(MemoryBudget.isSupported(), "needs thread allocation counting");
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    for (int i = 0; i < 4; i++) {
      write("cv" + i + ".txt", RESUME);
    }
    write(
        "heavy.html",
        "<html><body>"
            + "<div><p><b>Experience</b> at <i>Acme</i>, 2020</p></div>".repeat(100_000)
            + "</body></html>");

    Cli.Result result =
        Cli.run(
            ResumeConverter::standard,
            "",
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--threads",
            "2",
            "--max-memory",
            "32M");

    assertThat(result.code()).as(result.err()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("5 files, 4 parsed, 1 failed");
    assertThat(errorLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("file").asText()).isEqualTo("heavy.html");
              assertThat(line.get("reason").asText()).isEqualTo("too-large");
              assertThat(line.get("message").asText())
                  .contains("memory budget of 32 MB")
                  .doesNotContain("Acme");
            });
    assertThat(outputs().keySet())
        .containsExactlyInAnyOrder(
            "errors.jsonl", "cv0.txt.json", "cv1.txt.json", "cv2.txt.json", "cv3.txt.json");
  }

  @Test
  void maxPagesFailsLongerDocumentsAsTooLarge() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Files.createDirectories(in);
    Pdfs.write(in.resolve("one.pdf"), 1);
    Pdfs.write(in.resolve("three.pdf"), 3);

    Cli.Result result =
        Cli.run(
            ResumeConverter::standard,
            "",
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--max-pages",
            "2");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(errorLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("file").asText()).isEqualTo("three.pdf");
              assertThat(line.get("reason").asText()).isEqualTo("too-large");
              assertThat(line.get("message").asText()).isEqualTo("3 pages, over the limit of 2");
            });
    assertThat(outputs().keySet()).containsExactly("errors.jsonl", "one.pdf.json");
  }

  @Test
  void badLimitsAreUsageErrors() throws IOException {
    tree();

    assertThat(batch("--timeout", "soon").code()).isEqualTo(Main.USAGE);
    assertThat(batch("--max-bytes", "-1").code()).isEqualTo(Main.USAGE);
    assertThat(batch("--max-pages", "0").code()).isEqualTo(Main.USAGE);
    assertThat(batch("--max-memory", "0").code()).isEqualTo(Main.USAGE);
    assertThat(batch("--max-memory", "lots").code()).isEqualTo(Main.USAGE);
    assertThat(batch("--max-bytes", "99999999999999G").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws IOException {
    tree();
    Files.createDirectories(out.resolve(Batch.TEMP_DIR));
    Files.writeString(out.resolve(Batch.TEMP_DIR).resolve("left-by-a-kill.tmp"), "{\"basi");

    batch();

    assertThat(out.resolve(Batch.TEMP_DIR)).doesNotExist();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
    }
  }
}
