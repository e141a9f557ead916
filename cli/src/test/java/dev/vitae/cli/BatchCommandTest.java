package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      for (Path file : files.filter(Files::isRegularFile).toList()) {
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
        .matches("vitae: 4 files, 4 parsed, 0 failed in \\d+\\.\\d s \\(\\d+\\.\\d docs/s\\)\\R");
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
    Cli.Result again = batch();

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
}
