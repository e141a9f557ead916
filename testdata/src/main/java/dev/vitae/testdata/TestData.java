package dev.vitae.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The repository's {@code testdata} folder: the one way tests reach documents, gold files, approved
 * outputs, floors and the JSON Resume schema. Files are read in the source tree, never from a copy
 * on the class path, so that a file a test approves is the file the next run reads, and a deleted
 * file does not linger.
 *
 * <p>The folder is the one the {@value #PROPERTY} system property names, else the first {@code
 * testdata} folder holding {@code corpus/} in the working directory or above it (surefire runs each
 * module's tests in that module's folder). Every method fails with {@link IllegalStateException}
 * when what it is asked for is missing, naming it.
 */
public final class TestData {
  /** The system property that names the folder, for a test run outside the source tree. */
  public static final String PROPERTY = "vitae.testdata";

  private static volatile @Nullable Path root;

  private TestData() {}

  /** The {@code testdata} folder, as an absolute path. */
  public static Path root() {
    Path found = root;
    if (found == null) {
      found = find();
      root = found;
    }
    return found;
  }

  /**
   * A file or folder under the testdata folder.
   *
   * @param relative a path with {@code /} separators, such as {@code corpus/wild/x.pdf}
   */
  public static Path path(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException("missing test data " + relative + " under " + root());
    }
    return path;
  }

  /** The bytes of a file under the testdata folder. */
  public static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UTF-8 file under the testdata folder, as text. */
  public static String text(String relative) {
    return new String(bytes(relative), StandardCharsets.UTF_8);
  }

  /** The names of the regular, non-hidden files of a folder under the testdata folder, sorted. */
  public static List<String> list(String folder) {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path find() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      Path named = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isDirectory(named.resolve("corpus"))) {
        throw new IllegalStateException(PROPERTY + "=" + property + " holds no corpus/ folder");
      }
      return named;
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path testdata = dir.resolve("testdata");
      if (Files.isDirectory(testdata.resolve("corpus"))) {
        return testdata;
      }
    }
    throw new IllegalStateException(
        "no testdata/corpus in " + start + " or above it; set -D" + PROPERTY);
  }
}
