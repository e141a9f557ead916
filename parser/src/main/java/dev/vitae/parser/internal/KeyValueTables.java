package dev.vitae.parser.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rule every reader applies to tables: a two-column table whose first cells are short labels
 * ("Email | a@b.c", "电话 | 138…") reads as "label: value" lines; any other table as rows of cells.
 */
public final class KeyValueTables {
  private static final int LABEL_MAX_CHARS = 30;
  private static final int LABEL_MAX_WORDS = 4;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  // A period ("2019 – 2021", "2016.09 - 至今", "Aug 2020 – Present"): a layout row's dates, not a
  // labelled value.
  private static final Pattern PERIOD =
      Pattern.compile(
          "(?:19|20)\\d{2}\\S*\\s*[-–—~至到]\\s*(?:\\S*\\s?(?:19|20)\\d{2}|present|now|today|current"
              + "|至今|今|现在)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private KeyValueTables() {}

  /** Whether a first cell is short enough to be a label. */
  public static boolean isLabel(String label) {
    String s = label.strip();
    return s.length() <= LABEL_MAX_CHARS && WHITESPACE.split(s).length <= LABEL_MAX_WORDS;
  }

  /**
   * Whether rows of cells (each cell a list of lines) form a key/value table: two columns, one line
   * per cell, short labels, at least one labelled value, and no value that is a period of time (a
   * title and its dates). Rows with at most one filled cell (a title spanning the table, an empty
   * row) are passed over.
   */
  static <T> boolean isKeyValue(
      List<? extends List<? extends List<T>>> rows, Function<T, String> text) {
    boolean paired = false;
    for (List<? extends List<T>> cells : rows) {
      int filled = 0;
      for (List<T> cell : cells) {
        if (cell.size() > 1) {
          return false;
        }
        filled += cell.isEmpty() ? 0 : 1;
      }
      if (filled <= 1 && cells.size() <= 2) {
        continue;
      }
      if (cells.size() != 2) {
        return false;
      }
      String label = cells.get(0).isEmpty() ? "" : text.apply(cells.get(0).get(0)).strip();
      if (!isLabel(label)) {
        return false;
      }
      if (!cells.get(1).isEmpty() && PERIOD.matcher(text.apply(cells.get(1).get(0))).find()) {
        return false;
      }
      paired |= !label.isEmpty() && !cells.get(1).isEmpty();
    }
    return paired;
  }

  /**
   * Reads rows of cells (each cell a list of lines) into lines: a row whose cells hold one line
   * each becomes one line, "label: value" in a key/value table and cells joined by " | " otherwise,
   * its layout reset by {@code asRow}; a row with a cell of several lines is a layout row whose
   * lines follow one another, cell by cell. Every line produced goes to {@code emit}, in order.
   */
  public static <T extends DraftText> void readRows(
      List<? extends List<? extends List<T>>> rows, Consumer<T> asRow, Consumer<T> emit) {
    boolean keyValue = isKeyValue(rows, l -> l.text().toString());
    for (List<? extends List<T>> cells : rows) {
      boolean oneLineEach = true;
      int filled = 0;
      for (List<T> cell : cells) {
        oneLineEach &= cell.size() <= 1;
        filled += cell.isEmpty() ? 0 : 1;
      }
      if (filled == 0) {
        continue;
      }
      if (!oneLineEach || filled == 1) {
        cells.forEach(cell -> cell.forEach(emit));
        continue;
      }
      T merged = null;
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).isEmpty()) {
          continue;
        }
        T cell = cells.get(i).get(0);
        if (merged == null) {
          merged = cell;
          asRow.accept(merged);
        } else {
          merged.absorb(cell, keyValue && i == 1 ? separatorAfter(merged.text()) : " | ");
        }
      }
      emit.accept(merged);
    }
  }

  /** What goes between a label and its value: a space when the label already ends in a colon. */
  public static String separatorAfter(CharSequence label) {
    String s = label.toString().strip();
    return !s.isEmpty() && (s.endsWith(":") || s.endsWith("：")) ? " " : ": ";
  }
}
