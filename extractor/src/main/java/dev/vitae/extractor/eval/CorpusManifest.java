package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code manifest.tsv} of a rendered corpus: one row per document, naming the gold it was
 * rendered from and how. {@code scripts/devcorpus.sh} writes it; {@code vitae eval --manifest}
 * scores by it.
 *
 * <p>The format is UTF-8 text with the header {@code
 * file<TAB>gold<TAB>renderer<TAB>format<TAB>lang} and one row per document: {@code file} relative
 * to the manifest's folder with {@code /}, {@code gold} the gold file's name relative to the gold
 * folder, then the renderer, the format (the file kind: pdf, html, docx, md, txt) and the language
 * of the gold ({@code en}, {@code zh}). Blank lines and lines starting with {@code #} are ignored.
 *
 * @param rows the documents, in file order
 */
public record CorpusManifest(List<Row> rows) {
  /** The file name a rendered corpus's manifest has. */
  public static final String FILE_NAME = "manifest.tsv";

  private static final String HEADER = "file\tgold\trenderer\tformat\tlang";

  /** One rendered document. */
  public record Row(String file, String gold, String renderer, String format, String language) {}

  public CorpusManifest {
    rows = List.copyOf(rows);
  }

  /**
   * Reads a manifest.
   *
   * @throws IllegalArgumentException when the header is missing, a row does not hold five non-empty
   *     columns, or a file is listed twice; the message gives the line number
   */
  public static CorpusManifest parse(String tsv) {
    String[] lines = tsv.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
      throw new IllegalArgumentException(
          FILE_NAME + " line 1: expected the header " + HEADER.replace('\t', ' '));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> files = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5 || List.of(c).stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException(
            FILE_NAME + " line " + (i + 1) + ": expected five tab-separated, non-empty columns");
      }
      if (!files.add(c[0].strip())) {
        throw new IllegalArgumentException(FILE_NAME + " line " + (i + 1) + ": file listed twice");
      }
      rows.add(new Row(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip()));
    }
    return new CorpusManifest(rows);
  }
}
