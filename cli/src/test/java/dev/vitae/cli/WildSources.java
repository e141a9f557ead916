package dev.vitae.cli;

import dev.vitae.extractor.eval.GoldIndex;
import dev.vitae.testdata.TestData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wild corpus says about itself: {@code corpus/wild/SOURCES.tsv} (one row per file, with
 * its language, format and layout notes) and {@code corpus/wild-gold/index.tsv} (which file each
 * gold document was written for). Read once.
 */
final class WildSources {
  static final String FOLDER = "corpus/wild";
  static final String GOLD_FOLDER = "corpus/wild-gold";
  static final String SOURCES = "SOURCES.tsv";

  // "twin of a.md", "twin of a.md/.html", "GROUND-TRUTH TWIN of a.json": a file and sibling
  // formats.
  private static final Pattern TWIN_OF =
      Pattern.compile("(?i)twin of ([\\w.-]+\\.[a-z0-9]+)((?:/\\.[a-z0-9]+)*)");

  private static final Map<String, Row> ROWS = readRows();
  private static final GoldIndex INDEX =
      GoldIndex.parse(TestData.text(GOLD_FOLDER + "/" + GoldIndex.FILE_NAME));

  private WildSources() {}

  /** One row of SOURCES.tsv. */
  record Row(String file, String language, String format, String layoutNotes) {}

  /**
   * Files that hold the same resume in different formats.
   *
   * @param name the files' common stem
   * @param files the group's file names, sorted
   */
  record TwinGroup(String name, List<String> files) {
    TwinGroup {
      files = List.copyOf(files);
    }
  }

  /** The rows of SOURCES.tsv by file name. */
  static Map<String, Row> rows() {
    return ROWS;
  }

  /** The row of a file. */
  static Optional<Row> findRow(String file) {
    return Optional.ofNullable(ROWS.get(file));
  }

  /** The wild gold's index. */
  static GoldIndex index() {
    return INDEX;
  }

  /** The gold file written for this source file, if any. */
  static Optional<String> findGold(String file) {
    return INDEX.sources().entrySet().stream()
        .filter(e -> e.getValue().equals(file))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The twin groups the layout notes name ("twin of x.md/.html"), joined transitively: a file named
   * twin of another, directly or through a third, is in its group. Sorted by name.
   */
  static List<TwinGroup> twinGroups() {
    Map<String, String> parent = new TreeMap<>();
    for (Row row : ROWS.values()) {
      for (String twin : twinsNamed(row.layoutNotes())) {
        union(parent, row.file(), twin);
      }
    }
    Map<String, TreeSet<String>> groups = new TreeMap<>();
    for (String file : parent.keySet()) {
      groups.computeIfAbsent(root(parent, file), k -> new TreeSet<>()).add(file);
    }
    List<TwinGroup> result = new ArrayList<>();
    for (TreeSet<String> files : groups.values()) {
      result.add(new TwinGroup(stem(files.first()), new ArrayList<>(files)));
    }
    result.sort((a, b) -> a.name().compareTo(b.name()));
    return result;
  }

  /** The files a layout note names as twins. */
  static List<String> twinsNamed(String notes) {
    List<String> files = new ArrayList<>();
    Matcher m = TWIN_OF.matcher(notes);
    while (m.find()) {
      String first = m.group(1);
      files.add(first);
      String stem = stem(first);
      for (String extension : m.group(2).split("/")) {
        if (!extension.isEmpty()) {
          files.add(stem + extension);
        }
      }
    }
    return files;
  }

  /** A file name without its last extension. */
  static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** A file name's last extension, lower case, without the dot. */
  static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }

  private static String root(Map<String, String> parent, String file) {
    String r = file;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static Map<String, Row> readRows() {
    String[] lines = TestData.text(FOLDER + "/" + SOURCES).split("\r?\n");
    List<String> header = List.of(lines[0].split("\t", -1));
    int file = column(header, "file");
    int language = column(header, "language");
    int format = column(header, "format");
    int notes = column(header, "layout_notes");
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.size()) {
        throw new IllegalStateException(SOURCES + " line " + (i + 1) + ": wrong number of columns");
      }
      rows.put(cells[file], new Row(cells[file], cells[language], cells[format], cells[notes]));
    }
    return rows;
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException(SOURCES + " has no column " + name);
    }
    return index;
  }
}
