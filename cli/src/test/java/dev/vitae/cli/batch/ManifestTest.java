package dev.vitae.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path out;

  private static Manifest.Entry parsed(String file, long size) {
    return new Manifest.Entry(
        file, size, 1000L, "ab", Manifest.Entry.PARSED, null, 10L, file + ".json");
  }

  @Test
  void latestEntryWins() throws IOException {
    try (Manifest manifest = Manifest.open(out)) {
      manifest.append(parsed("a.pdf", 1));
      manifest.append(
          new Manifest.Entry(
              "b.pdf", 2, 1000L, null, Manifest.Entry.FAILED, "corrupt", null, null));
      manifest.append(parsed("a.pdf", 3));
    }
    try (Manifest manifest = Manifest.open(out)) {
      assertThat(manifest.find("a.pdf")).hasValueSatisfying(e -> assertThat(e.size()).isEqualTo(3));
      assertThat(manifest.find("b.pdf"))
          .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo("corrupt"));
      assertThat(manifest.find("c.pdf")).isEmpty();
    }
  }

  @Test
  void tornLastLineIsCutOffBeforeAppending() throws IOException {
    Path path = out.resolve(Manifest.FILE_NAME);
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
    // A kill mid-write can end the file inside a multi-byte character.
    String whole = Manifest.line(parsed("a.pdf", 1));
    Files.write(path, (whole + "{\"file\":\"b").getBytes(StandardCharsets.UTF_8));
    Files.write(path, new byte[] {euro[0], euro[1]}, StandardOpenOption.APPEND);

    try (Manifest manifest = Manifest.open(out)) {
      assertThat(manifest.find("a.pdf")).isPresent();
      manifest.append(parsed("c.pdf", 1));
    }

    assertThat(Files.readString(path)).isEqualTo(whole + Manifest.line(parsed("c.pdf", 1)));
  }

  @Test
  void garbledLinesAreIgnored() throws IOException {
    Path path = out.resolve(Manifest.FILE_NAME);
    Files.writeString(path, "not json\n{\"size\":3}\n\n" + Manifest.line(parsed("a.pdf", 1)));

    try (Manifest manifest = Manifest.open(out)) {
      assertThat(manifest.find("a.pdf")).isPresent();
    }
  }

  @Test
  @SuppressWarnings("try") // the manifest is held open, never read
  void secondWriterIsRefused() throws IOException {
    try (Manifest manifest = Manifest.open(out)) {
      assertThatThrownBy(() -> Manifest.open(out))
          .isInstanceOf(Manifest.Busy.class)
          .hasMessageContaining("another vitae batch");
    }
  }

  @Test
  void manyRerunsAreCompacted() throws IOException {
    try (Manifest manifest = Manifest.open(out)) {
      for (int i = 0; i < 3000; i++) {
        manifest.append(parsed("a" + (i % 10) + ".pdf", i));
      }
    }
    try (Manifest manifest = Manifest.open(out)) {
      assertThat(manifest.find("a9.pdf"))
          .hasValueSatisfying(e -> assertThat(e.size()).isEqualTo(2999));
    }
    assertThat(Files.readAllLines(out.resolve(Manifest.FILE_NAME))).hasSize(10);
  }
}
