package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static final String RESUME =
      "Jordan Example\njordan@example.org\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  private List<String> files(int n) throws IOException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path file = tmp.resolve("cv" + i + ".txt");
      Files.writeString(file, i % 7 == 3 ? "" : "Person " + i + "\n" + RESUME);
      paths.add(file.toString());
    }
    return paths;
  }

  private static List<JsonNode> lines(String out) {
    return out.lines().map(Json::parse).toList();
  }

  private static String fileOf(JsonNode line) {
    return line.has("error")
        ? line.at("/error/file").asText()
        : line.at("/meta/vitae/source/file").asText();
  }

  @Test
  void writesOneLinePerPathInInputOrder() throws IOException {
    List<String> paths = files(40);

    Cli.Result result =
        Cli.run(
            JitteryConverter::new,
            String.join("\n", paths) + "\n",
            "parse",
            "--jsonl",
            "--threads",
            "4");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.err()).isEmpty();
    List<JsonNode> lines = lines(result.out());
    assertThat(lines).extracting(JsonLinesTest::fileOf).containsExactlyElementsOf(paths);
    JsonNode error = lines.get(3);
    assertThat(error.at("/error/reason").asText()).isEqualTo("empty-file");
    assertThat(error.at("/error/message").asText()).isNotBlank();
    assertThat(lines.get(0).has("basics")).isTrue();
    assertThat(result.out()).doesNotContain("\r");
  }

  @Test
  void errorLinesGoToStderrOnRequest() throws IOException {
    List<String> paths = files(8);

    Cli.Result result =
        Cli.runWithStdin(String.join("\n", paths), "parse", "--jsonl", "--errors=stderr");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(lines(result.out())).hasSize(7).noneMatch(line -> line.has("error"));
    assertThat(lines(result.err()))
        .singleElement()
        .satisfies(line -> assertThat(fileOf(line)).isEqualTo(paths.get(3)));
  }

  @Test
  void allParsedIsExitZeroAndBlankLinesAreSkipped() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);

    Cli.Result result = Cli.runWithStdin("\n" + a + "\r\n\n", "parse", "--jsonl");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(lines(result.out())).hasSize(1);
  }

  @Test
  void missingFileIsAnErrorLine() {
    Cli.Result result = Cli.runWithStdin(tmp.resolve("missing.txt").toString(), "parse", "--jsonl");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(lines(result.out()))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.at("/error/reason").asText()).isEqualTo("io");
            });
  }

  @Test
  void dashReadsOneDocumentFromStdin() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "--jsonl", "-");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(lines(result.out()))
        .singleElement()
        .satisfies(line -> assertThat(fileOf(line)).isEqualTo("-"));
  }

  @Test
  void timeoutIsAnErrorLineInItsPlace() throws IOException {
    Path ok = Files.writeString(tmp.resolve("ok.txt"), RESUME);
    Path slow = Files.writeString(tmp.resolve("slow.txt"), SlowConverter.SLEEP + "\n");

    Cli.Result result =
        Cli.run(
            SlowConverter::new,
            ok + "\n" + slow + "\n" + ok + "\n",
            "parse",
            "--jsonl",
            "--timeout",
            "2s");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    List<JsonNode> lines = lines(result.out());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).at("/error/reason").asText()).isEqualTo("timeout");
    assertThat(lines.get(2).has("error")).isFalse();
  }

  @Test
  void singleParseHonoursTheTimeout() throws IOException {
    Path slow = Files.writeString(tmp.resolve("slow.txt"), SlowConverter.SLEEP + "\n");

    Cli.Result result =
        Cli.run(SlowConverter::new, "", "parse", slow.toString(), "--timeout", "0.2");

    assertThat(result.code()).isEqualTo(Main.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(": timeout: not done after 0.2 s");
  }

  @Test
  void conflictingOptionsAreUsageErrors() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), RESUME);

    assertThat(Cli.run("parse", "--jsonl", "--pretty").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--jsonl", "-o", "x.json").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--jsonl", "--errors=elsewhere").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--jsonl", "--threads", "0").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--jsonl", a.toString(), "-").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--jsonl", "-0", a.toString()).code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "-0").code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("parse", "--errors=stderr", a.toString()).code()).isEqualTo(Main.USAGE);
  }

  /** {@link TextConverter} taking a random few milliseconds, so threads finish out of order. */
  static final class JitteryConverter implements ResumeConverter {
    private final TextConverter text = new TextConverter();

    @Override
    public Resume convert(Path file, String name) throws DocumentException {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(20));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return text.convert(file, name);
    }

    @Override
    public Resume convert(InputStream in, String name) throws DocumentException {
      return text.convert(in, name);
    }
  }
}
