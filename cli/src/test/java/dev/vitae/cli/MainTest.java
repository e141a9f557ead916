package dev.vitae.cli;

import static dev.vitae.cli.Cli.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.ResumeExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  @Test
  void noSubcommandIsAUsageError() {
    Cli.Result result = Cli.run();

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err())
        .isEqualTo(lines("vitae: Missing required subcommand", "try 'vitae --help'"));
    assertThat(result.out()).isEmpty();
  }

  @Test
  void usageErrorIsOneLineAndAHintNotTheWholeUsage() {
    Cli.Result result = Cli.run("parse", "--no-such-option", "x.txt");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            lines("vitae parse: Unknown option: '--no-such-option'", "try 'vitae parse --help'"))
        .doesNotContain("Usage:");
  }

  @Test
  void usageErrorEscapesControlCharactersAndStaysOneLine() {
    Cli.Result result = Cli.run("parse", "--x\u001b[31m\nred");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err())
        .isEqualTo(
            lines("vitae parse: Unknown option: '--x\\x1B[31m red'", "try 'vitae parse --help'"));
  }

  @Test
  void usageErrorShowsANameWithABackslashOnce() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("a\\b"));
    Path file = Files.writeString(tmp.resolve("cv.txt"), "Some Body");

    Cli.Result result = Cli.run("parse", file.toString(), "-o", folder.toString());

    assertThat(result.err()).startsWith("vitae parse: -o " + tmp + "/a\\\\b is a folder;");
  }

  @Test
  void usageErrorOfACommandsOwnCheckIsOneLineToo() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));

    Cli.Result result = Cli.run("batch", in.toString(), "-o", "-");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err().lines()).hasSize(2).last().isEqualTo("try 'vitae batch --help'");
    assertThat(result.err()).startsWith("vitae batch: -o -: batch writes a folder of outputs");
  }

  @Test
  void helpCommandPrintsTheUsageOfACommand() {
    Cli.Result result = Cli.run("help", "parse");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).startsWith("Usage: vitae parse").contains("--jsonl", "--null");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpCommandWithoutACommandPrintsTheTopUsage() {
    Cli.Result result = Cli.run("help");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).startsWith("Usage: vitae").contains("validate", "help", "--quiet");
  }

  @Test
  void helpOfAnUnknownCommandIsAUsageError() {
    Cli.Result result = Cli.run("help", "frobnicate");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err().lines()).hasSize(2);
  }

  @Test
  void quietAndVerboseContradictEachOther() {
    Cli.Result result = Cli.run("--quiet", "parse", "--verbose", "x.txt");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err())
        .isEqualTo(
            lines(
                "vitae parse: --quiet and --verbose contradict each other",
                "try 'vitae parse --help'"));
  }

  @Test
  void noColorTurnsPicocliAnsiOff() {
    StringWriter sink = new StringWriter();
    Environment env =
        new Environment(
            java.io.InputStream.nullInputStream(),
            new PrintWriter(sink),
            new PrintWriter(sink),
            false,
            TextConverter::new);

    assertThat(Main.commandLine(env).getColorScheme().ansi())
        .isEqualTo(picocli.CommandLine.Help.Ansi.AUTO);
    assertThat(
            Main.commandLine(env.withVariables(java.util.Map.of("NO_COLOR", "1")))
                .getColorScheme()
                .ansi())
        .isEqualTo(picocli.CommandLine.Help.Ansi.OFF);
    // An empty NO_COLOR does not count (no-color.org).
    assertThat(env.withVariables(java.util.Map.of("NO_COLOR", "")).colour()).isTrue();
  }

  @Test
  void noColorTakesTheColourOutOfTheProgressBar() {
    assertThat(BatchCommand.Progress.style(true))
        .isSameAs(me.tongfei.progressbar.ProgressBarStyle.COLORFUL_UNICODE_BLOCK);
    assertThat(BatchCommand.Progress.style(false))
        .isSameAs(me.tongfei.progressbar.ProgressBarStyle.UNICODE_BLOCK);
  }

  @Test
  void helpUnderNoColorHasNoEscapes() {
    Cli.Result result = Cli.runWithVariables(java.util.Map.of("NO_COLOR", "1"), "--help");

    assertThat(result.out()).doesNotContain("\u001b[");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertThat(Cli.run("frobnicate").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(Cli.run("parse", "--no-such-option", "x.txt").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void versionComesFromTheExtractor() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out().strip()).isEqualTo(ResumeExtractor.PARSER_VERSION);
  }

  @Test
  void helpListsSubcommandsAndExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).contains("parse", "batch", "Exit codes");
  }

  @Test
  void parseWithoutFileIsAUsageError() {
    assertThat(Cli.run("parse").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void batchWithoutOutputIsAUsageError() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));

    assertThat(Cli.run("batch", in.toString()).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void batchOfMissingFolderIsAUsageError() {
    Cli.Result result =
        Cli.run("batch", tmp.resolve("missing").toString(), "-o", tmp.resolve("out").toString());

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err()).contains("IN_DIR is not a folder");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void batchIntoAFileIsAUsageError() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Path file = Files.writeString(tmp.resolve("file"), "x");

    assertThat(Cli.run("batch", in.toString(), "-o", file.toString()).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void batchIntoItsOwnFolderIsAUsageError() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));

    assertThat(Cli.run("batch", in.toString(), "-o", in.toString()).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void zeroThreadsIsAUsageError() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    String out = tmp.resolve("out").toString();

    assertThat(Cli.run("batch", in.toString(), "-o", out, "--threads", "0").code())
        .isEqualTo(Main.USAGE);
    assertThat(Cli.run("batch", in.toString(), "-o", out, "--threads", "many").code())
        .isEqualTo(Main.USAGE);
  }

  @Test
  void malformedGlobIsAUsageError() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    String out = tmp.resolve("out").toString();

    assertThat(Cli.run("batch", in.toString(), "-o", out, "--include", "a[b").code())
        .isEqualTo(Main.USAGE);
  }

  @Test
  void converterThatCannotStartIsAnInternalError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a.txt"), "Some Body");

    Cli.Result result =
        Cli.run(
            () -> {
              throw new IllegalStateException("miswired pipeline");
            },
            "",
            "parse",
            file.toString());

    assertThat(result.code()).isEqualTo(Main.INTERNAL);
    assertThat(result.err()).startsWith("vitae: internal error: IllegalStateException");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void publicRunUsesGivenWriters() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "--version");

    assertThat(code).isEqualTo(Main.OK);
    assertThat(out.toString()).contains(ResumeExtractor.PARSER_VERSION);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitCodesAreStable() {
    // Scripts depend on these numbers: change them only with a major version.
    assertThat(List.of(Main.OK, Main.FAILED, Main.USAGE, Main.INTERNAL))
        .containsExactly(0, 1, 2, 3);
    assertThat(Cli.run("--help").out())
        .contains("0   every file was parsed")
        .contains("1   some file failed")
        .contains("2   usage error")
        .contains("3   internal error");
  }
}
