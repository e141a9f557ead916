package dev.vitae.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The documents a benchmark runs over: files of one format found under some folders. */
public enum Corpus {
  PDF(".pdf"),
  MARKDOWN(".md", ".markdown"),
  TEXT(".txt");

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> extensions;

  Corpus(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The format a file name's extension says, if one of ours. */
  public static @Nullable Corpus of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Corpus corpus : values()) {
      if (corpus.extensions.stream().anyMatch(name::endsWith)) {
        return corpus;
      }
    }
    return null;
  }

  /**
   * Every file of this format under the folders, separated as in a class path ({@code a:b}: JMH
   * would split a comma-separated parameter into several runs), sorted.
   *
   * @throws UncheckedIOException when a folder cannot be walked
   */
  public List<Path> files(String folders) {
    List<Path> files = new ArrayList<>();
    for (String folder :
        Arrays.stream(folders.split(File.pathSeparator)).map(String::strip).toList()) {
      try (Stream<Path> walk = Files.walk(Path.of(folder))) {
        walk.filter(Files::isRegularFile).filter(f -> of(f) == this).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
