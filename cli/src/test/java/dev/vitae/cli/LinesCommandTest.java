package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinesCommandTest {
  @TempDir Path tmp;

  @Test
  void printsEachLineWithItsLayoutAndARowsCells() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("cv.txt"),
            "Jordan Example\n\nEXPERIENCE ----------\nEngineer, Acme\t2019 – 2021\n");

    Cli.Result result = Cli.run("lines", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out())
        .contains("h2")
        .contains("| EXPERIENCE\n")
        .contains("| Engineer, Acme | 2019 – 2021  cells [0-14] [15-26]\n");
    assertThat(result.out()).doesNotContain("| Jordan Example  cells");
  }

  @Test
  void printsTheIconCuesOfALineWithTheOffsetsOfTheTextTheyLabel() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("cv.md"), "# Jordan Example\n\n✉ jo@example.org · 📍 Berlin\n");

    Cli.Result result = Cli.run("lines", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertThat(result.out()).contains("| jo@example.org · Berlin  cues EMAIL@0 LOCATION@17\n");
  }
}
