package dev.vitae.parser.pdf;

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
 * @param spans the runs of the line separated by wide horizontal gaps, as drawn; column gutters are
 *     found in the gaps between spans
 * @param cells the cells of a row ({@link RowCells}), whose texts joined make {@code text}; empty
 *     for a line of one cell
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
    List<Span> spans,
    List<RowCells.Cell> cells,
    int column) {
  RawLine {
    links = List.copyOf(links);
    spans = List.copyOf(spans);
    cells = List.copyOf(cells);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one span");
    }
  }

  /** A line of one span in column 0. */
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
        List.of(new Span(x, right)),
        List.of(),
        0);
  }

  /** The extent of a run of glyphs within a line with no gap wider than a few spaces. */
  record Span(float x, float right) {}

  RawLine withColumn(int newColumn) {
    return new RawLine(
        page, text, fontSize, bold, x, right, baseline, height, links, spans, cells, newColumn);
  }
}
