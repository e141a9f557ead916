package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.cli.batch.FileNames;
import dev.vitae.cli.batch.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input names that cannot simply become output names (not UTF-8, too long, a folder in the way,
 * links planted in the output folder): each file gets its own stable output under the output
 * folder, recorded in the manifest, and the batch goes on.
 */
class OutputNamesTest {
  private static final String RESUME =
      "Jordan Example\njordan@example.org\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  private Path in;
  private Path out;

  private Cli.Result batch() {
    return Cli.run("batch", in.toString(), "-o", out.toString());
  }

  private Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, RESUME);
  }

  private static byte[] latin1(String name) {
    return name.getBytes(StandardCharsets.ISO_8859_1);
  }

  private List<Path> outputs() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  private Set<String> manifestFiles() throws IOException {
    Set<String> files = new TreeSet<>();
    for (String line : Files.readAllLines(out.resolve(Manifest.FILE_NAME))) {
      files.add(Json.parse(line).get("file").asText());
    }
    return files;
  }

  @Test
  void namesThatAreNotUtf8GetThreeStableOutputs() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Files.createDirectories(in);
    for (String name : List.of("caf\u00e9.txt", "caf\u00e8.txt", "caf\u00ff.txt")) {
      write(FileNames.resolve(in, latin1(name)));
    }
    write(in.resolve("caf\u00e9.txt")); // the UTF-8 name, for good measure

    Cli.Result first = batch();

    assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
    assertThat(first.err()).contains("4 files, 4 parsed");
    List<Path> outputs = outputs();
    assertThat(outputs).hasSize(4);
    assertThat(manifestFiles())
        .containsExactlyInAnyOrder("caf\\xE9.txt", "caf\\xE8.txt", "caf\\xFF.txt", "caf\u00e9.txt");
    Set<String> sources = new TreeSet<>();
    for (Path output : outputs) {
      sources.add(Json.read(output).at("/meta/vitae/source/file").asText());
    }
    assertThat(sources).hasSize(4);

    Cli.Result again = batch();

    assertThat(again.err()).contains("0 parsed").contains("4 unchanged");
    assertThat(outputs()).isEqualTo(outputs);
  }

  @Test
  void nameTooLongForItsOutputGetsAHashedOne() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    String longName = "r".repeat(250) + ".txt"; // 254 bytes: ".json" makes 259
    write(in.resolve(longName));
    write(in.resolve("z.txt"));

    Cli.Result result = batch();

    assertThat(result.code()).as(result.err()).isEqualTo(Main.OK);
    assertThat(result.err()).contains("2 files, 2 parsed");
    List<String> names = new ArrayList<>();
    for (Path output : outputs()) {
      names.add(output.getFileName().toString());
    }
    assertThat(names).contains("z.txt.json");
    assertThat(names).anyMatch(n -> n.matches("r{200}~[0-9a-f]{16}\\.json"));
    assertThat(batch().err()).contains("2 unchanged");
  }

  @Test
  void fileBesideFolderNamedLikeItsOutputGetsAHashedOne() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write(in.resolve("dir.txt"));
    write(in.resolve("dir.txt.json").resolve("inner.txt"));

    Cli.Result result = batch();

    assertThat(result.code()).as(result.err()).isEqualTo(Main.OK);
    assertThat(out.resolve("dir.txt.json").resolve("inner.txt.json")).isRegularFile();
    assertThat(outputs())
        .anyMatch(p -> p.getFileName().toString().matches("dir\\.txt~[0-9a-f]{16}\\.json"));
    assertThat(manifestFiles()).containsExactlyInAnyOrder("dir.txt", "dir.txt.json/inner.txt");
    assertThat(batch().err()).contains("2 unchanged");
  }

  @Test
  void nameThatLooksHashedCannotTakeAnotherFilesOutput() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write(FileNames.resolve(in, latin1("caf\u00e9.txt")));
    batch();
    String hashed = outputs().get(0).getFileName().toString();
    // A file named so that its plain output name would be the hashed name above.
    write(in.resolve(hashed.substring(0, hashed.length() - ".json".length())));

    Cli.Result result = batch();

    assertThat(result.code()).as(result.err()).isEqualTo(Main.OK);
    assertThat(outputs()).hasSize(2);
  }

  @Test
  void neverWritesOrDeletesThroughALinkPlantedInTheOutputFolder() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.txt.json"), "theirs");
    write(in.resolve("a").resolve("b.txt"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("a"), elsewhere);

    Cli.Result result = batch();

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("is a symbolic link");
    assertThat(Files.readString(elsewhere.resolve("b.txt.json"))).isEqualTo("theirs");
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void controlCharactersInNamesAreEscapedOnTheTerminal() throws IOException {
    Path file = Files.writeString(tmp.resolve("x\u001b[31m\u0007.txt"), "");

    Cli.Result result = Cli.run("parse", file.toString());

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).contains("x\\x1B[31m\\x07.txt").doesNotContain("\u001b", "\u0007");
  }

  @Test
  void parseReadsANameThatIsNotUtf8() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("p"));
    write(FileNames.resolve(dir, latin1("caf\u00e9.txt")));
    List<String> command = Child.command("parse", "--nlp=off");
    // The shell passes the name's own bytes, which Java cannot decode.
    StringBuilder line = new StringBuilder("exec");
    for (String arg : command) {
      line.append(" '").append(arg).append('\'');
    }
    line.append(" \"$(printf 'caf\\351.txt')\"");
    Process child =
        new ProcessBuilder("/bin/sh", "-c", line.toString())
            .directory(dir.toFile())
            .redirectError(tmp.resolve("err.txt").toFile())
            .start();
    String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
    assertThat(Json.parse(stdout).at("/meta/vitae/source/file").asText()).isEqualTo("caf\\xE9.txt");
  }

  @Test
  void jsonlTakesPathsThatAreNotUtf8AsTheirBytes() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("j"));
    java.io.ByteArrayOutputStream stdin = new java.io.ByteArrayOutputStream();
    for (String name : List.of("caf\u00e9.txt", "caf\u00e8.txt", "caf\u00ff.txt")) {
      write(FileNames.resolve(dir, latin1(name)));
      stdin.writeBytes(dir.toString().getBytes(StandardCharsets.UTF_8));
      stdin.writeBytes(latin1("/" + name + "\n"));
    }

    Cli.Result result = Cli.run(TextConverter::new, stdin.toByteArray(), "parse", "--jsonl");

    assertThat(result.code()).as(result.out()).isEqualTo(Main.OK);
    List<String> files = new ArrayList<>();
    for (String line : result.out().split("\n")) {
      files.add(Json.parse(line).at("/meta/vitae/source/file").asText());
    }
    assertThat(files)
        .containsExactly(dir + "/caf\\xE9.txt", dir + "/caf\\xE8.txt", dir + "/caf\\xFF.txt");
  }
}
