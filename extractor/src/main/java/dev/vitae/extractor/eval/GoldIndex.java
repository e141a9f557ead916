package dev.vitae.extractor.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code index.tsv} of a gold folder: which source document each gold file was written for.
 * Needed where one resume exists in several formats ({@code x.md}, {@code x.pdf}) and the gold
 * describes one of them, so that pairing by file stem would be ambiguous.
 *
 * <p>The format is UTF-8 text, one {@code gold<TAB>file} row per line, both relative paths with
 * {@code /}; an optional first row {@code gold<TAB>file} is a header, and blank lines and lines
 * starting with {@code #} are ignored.
 *
 * @param sources source file by gold file, in file order
 */
public record GoldIndex(Map<String, String> sources) {
  /** The file name a gold folder's index has. */
  public static final String FILE_NAME = "index.tsv";

  private static final String HEADER = "gold\tfile";

  public GoldIndex {
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /**
   * Reads an index.
   *
   * @throws IllegalArgumentException when a row does not hold two non-empty columns, or names a
   *     gold file twice; the message gives the line number
   */
  public static GoldIndex parse(String tsv) {
    Map<String, String> sources = new LinkedHashMap<>();
    String[] lines = tsv.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#") || (i == 0 && line.strip().equals(HEADER))) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
        throw new IllegalArgumentException(
            FILE_NAME + " line " + (i + 1) + ": expected two tab-separated columns, gold and file");
      }
      if (sources.put(columns[0].strip(), columns[1].strip()) != null) {
        throw new IllegalArgumentException(
            FILE_NAME + " line " + (i + 1) + ": gold file listed twice");
      }
    }
    return new GoldIndex(sources);
  }

  /** The source file a gold file (relative path, {@code x.json}) was written for, if listed. */
  public Optional<String> findSource(String goldFile) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(goldFile, "goldFile")));
  }
}
