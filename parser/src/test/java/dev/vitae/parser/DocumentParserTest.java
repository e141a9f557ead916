package dev.vitae.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {
  private final DocumentParser parser = DocumentParser.withDefaults();

  private static Reason reasonOf(ThrowingCall call) {
    try {
      call.run();
    } catch (DocumentException e) {
      return e.reason();
    }
    throw new AssertionError("no DocumentException");
  }

  private interface ThrowingCall {
    void run() throws DocumentException;
  }

  @Test
  void readsPlainText() throws DocumentException {
    TextDocument doc =
        parser.parse("Jane Doe\nEngineer\n".getBytes(StandardCharsets.UTF_8), "cv.txt");
    assertThat(doc.source().mediaType()).isEqualTo(FormatDetector.PLAIN_TEXT);
    assertThat(doc.source().name()).isEqualTo("cv.txt");
    assertThat(doc.source().sha256()).hasSize(64);
    assertThat(doc.text()).isEqualTo("Jane Doe\nEngineer\n");
  }

  @Test
  void readsMarkdownSavedAsText() throws DocumentException {
    String markdown = "# Jane Doe\n\n## Experience\n\n- Built [Atlas](https://atlas.dev)\n";
    TextDocument doc =
        parser.parse(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), "cv.txt");
    assertThat(doc.source().mediaType()).isEqualTo(FormatDetector.MARKDOWN);
    assertThat(doc.text()).isEqualTo("Jane Doe\nExperience\nBuilt Atlas\n");
  }

  @Test
  void readsFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cv.md");
    Files.writeString(file, "# Jane\n", StandardCharsets.UTF_8);
    assertThat(parser.parse(file, "cv.md").lines()).hasSize(1);
  }

  @Test
  void reportsEmptyFiles() {
    assertThat(reasonOf(() -> parser.parse(new byte[0], "empty.txt"))).isEqualTo(Reason.EMPTY_FILE);
  }

  @Test
  void reportsUnknownBinaryAsUnsupported() {
    byte[] junk = new byte[256];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 37);
    }
    assertThat(reasonOf(() -> parser.parse(junk, "blob.bin"))).isEqualTo(Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void reportsFormatsWithoutReaderAsUnsupported() {
    byte[] rtf = "{\\rtf1\\ansi Jane}".getBytes(StandardCharsets.UTF_8);
    assertThat(reasonOf(() -> parser.parse(rtf, "cv.rtf"))).isEqualTo(Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void reportsBlankTextAsNoText() {
    byte[] blank = " \n\n\t\n".getBytes(StandardCharsets.UTF_8);
    assertThat(reasonOf(() -> parser.parse(blank, "cv.txt"))).isEqualTo(Reason.NO_TEXT);
  }

  @Test
  void reportsInputOverTheByteLimit() {
    DocumentParser small =
        new DocumentParser(Readers.defaults(), new FormatDetector(), new ParseLimits(8, 1, 10, 10));
    byte[] big = "0123456789".getBytes(StandardCharsets.UTF_8);
    assertThat(reasonOf(() -> small.parse(new ByteArrayInputStream(big), "cv.txt")))
        .isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void fileThatReportsNoSizeIsStillReadOnlyToTheLimit() {
    Path endless = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(endless), "needs /dev/zero");
    DocumentParser small =
        new DocumentParser(Readers.defaults(), new FormatDetector(), new ParseLimits(8, 1, 10, 10));
    assertThat(reasonOf(() -> small.parse(endless, "zero"))).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void reportsMissingFilesAsIo() {
    assertThatThrownBy(() -> parser.parse(Path.of("no/such/file.txt"), "file.txt"))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
  }

  @Test
  void shipsThePdfAndTextReaders() {
    assertThat(Readers.defaults().supportedTypes())
        .contains(FormatDetector.PLAIN_TEXT, FormatDetector.MARKDOWN, FormatDetector.PDF);
  }
}
