package dev.vitae.parser.pdf;

import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import java.util.List;

/**
 * One line as PDFBox grouped it, before document-wide layout decisions.
 *
 * @param page page number from 1
 * @param text cleaned text, never blank
 * @param fontSize the font size (points) that covers most of the line's characters
 * @param bold whether most of the line's characters are in a bold font
 * @param x left edge of the first glyph, in points from the left of the page
 * @param right right edge of the rightmost glyph, in points from the left of the page
 * @param baseline baseline of the line, in points from the top of the page
 * @param height tallest glyph height in points
 * @param cells the runs of the line separated by wide horizontal gaps, left to right, each with its
 *     clean text; column gutters are found in the gaps between cells
 * @param column the column of the page the line was placed in, from 0
 */
record RawLine(
    int page,
    String text,
    float fontSize,
    boolean bold,
    float x,
    float right,
    float baseline,
    float height,
    List<Link> links,
    List<Cell> cells,
    int column) {
  RawLine {
    links = List.copyOf(links);
    cells = List.copyOf(cells);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one cell");
    }
  }

  /** A line of one cell in column 0. */
  RawLine(
      int page,
      String text,
      float fontSize,
      boolean bold,
      float x,
      float right,
      float baseline,
      float height,
      List<Link> links) {
    this(
        page,
        text,
        fontSize,
        bold,
        x,
        right,
        baseline,
        height,
        links,
        List.of(new Cell(text, x, right)),
        0);
  }

  /** The text with the cells joined by spaces, as the row reads aloud. */
  String plainText() {
    return cells.size() == 1 ? text : text.replace(Line.CELL_SEPARATOR, " ");
  }

  RawLine withColumn(int newColumn) {
    return new RawLine(
        page, text, fontSize, bold, x, right, baseline, height, links, cells, newColumn);
  }
}
