package dev.vitae.parser;

import static org.assertj.core.api.Assertions.fail;

import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reader golden files, as PDFBox compares its text stripper with {@code X.pdf.txt}: a reader's
 * lines dumped one per {@link Line} in a stable text format and compared with {@code
 * testdata/readers/<name>.lines.txt}. On a mismatch the actual dump and a diff go to {@code
 * target/reader-golden/<name>.lines.txt} and {@code .diff}, and the test fails; with {@code
 * -Dvitae.approve=true} the expected file is rewritten instead (check it with {@code git diff}).
 *
 * <p>Format: a header {@code # pages N warnings [..]}, then per line {@code p<page> h<heading>
 * L<list depth> <B or -> i<indent> | <text>}, followed for a row of several cells by {@code cells
 * [x-right] …}, for a line with icon cues by {@code cues <KIND>@<offset> …}, and by {@code -> <link
 * text> <url>} per link.
 */
public final class ReaderGolden {
  private static final boolean APPROVE = Boolean.getBoolean("vitae.approve");
  private static final String FOLDER = "readers/";

  private ReaderGolden() {}

  /** The dump of a document's lines. */
  public static String dump(TextDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("# pages ").append(doc.pages()).append(" warnings ").append(doc.warnings());
    out.append('\n');
    for (Line line : doc.lines()) {
      out.append(dump(line)).append('\n');
    }
    return out.toString();
  }

  /** One line of the dump. */
  public static String dump(Line line) {
    LineStyle st = line.style();
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "p%d h%d L%d %s i%d | %s",
                line.page(),
                st.headingLevel(),
                st.listDepth(),
                st.bold() ? "B" : "-",
                st.indent(),
                line.text()));
    if (line.isRow()) {
      out.append("  cells");
      for (Cell cell : line.cells()) {
        out.append(String.format(Locale.ROOT, " [%.0f-%.0f]", cell.x(), cell.right()));
      }
    }
    if (!line.cues().isEmpty()) {
      out.append("  cues");
      for (Cue cue : line.cues()) {
        out.append(' ').append(cue.kind()).append('@').append(cue.offset());
      }
    }
    for (Link link : line.links()) {
      out.append("  -> ").append(link.text()).append(' ').append(link.url());
    }
    return out.toString();
  }

  /**
   * Compares the dump of {@code doc} with {@code testdata/readers/<name>.lines.txt} ({@code name}
   * such as {@code docx/svg-picture}); approves it under {@code -Dvitae.approve=true}.
   */
  public static void assertMatches(String name, TextDocument doc) {
    String actual = dump(doc);
    String relative = FOLDER + name + ".lines.txt";
    Path expectedFile = TestData.root().resolve(relative);
    Path actualFile = Path.of("target", "reader-golden", name + ".lines.txt");
    Path diffFile = Path.of("target", "reader-golden", name + ".lines.txt.diff");
    try {
      if (APPROVE) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected =
          Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
      if (expected.equals(actual)) {
        Files.deleteIfExists(diffFile);
        return;
      }
      Files.createDirectories(actualFile.getParent());
      Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
      Files.writeString(diffFile, diff(expected, actual), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fail(
        "%s differs from testdata/%s (see %s); if the new output is right, approve it with"
            + " -Dvitae.approve=true%n%s",
        name, relative, diffFile, diff(expected(expectedFile), actual));
  }

  private static String expected(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Line by line: the lines that differ, expected ("-") before actual ("+").
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : null;
      String y = i < b.size() ? b.get(i) : null;
      if (x != null && x.equals(y)) {
        continue;
      }
      out.append("@@ line ").append(i + 1).append('\n');
      if (x != null) {
        out.append("- ").append(x).append('\n');
      }
      if (y != null) {
        out.append("+ ").append(y).append('\n');
      }
    }
    return out.toString();
  }
}
