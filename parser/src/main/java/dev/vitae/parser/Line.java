package dev.vitae.parser;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document in reading order. {@code text} is clean text: no Markdown or HTML markup,
 * no list marker, no icon glyphs (what contact icons meant is in {@code cues}), whitespace
 * collapsed; link targets are in {@code links}. A row of several cells has them in {@code cells},
 * left to right, and its text is their texts joined by {@value #CELL_SEPARATOR}; a line of one cell
 * has that one cell.
 *
 * @param index position in {@link TextDocument#lines()}, from 0
 * @param page page number from 1 (1 for formats without pages)
 * @param cells the line's cells, left to right; never empty
 * @param cues the icons that stood in the line (dropped from its text), in order of their offsets,
 *     each at most at the text's length
 */
public record Line(
    int index,
    int page,
    String text,
    LineStyle style,
    List<Link> links,
    List<Cell> cells,
    List<Cue> cues) {
  /** What joins the texts of a row's cells in its {@link #text()}. */
  public static final String CELL_SEPARATOR = " | ";

  public Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    links = List.copyOf(links);
    cells = List.copyOf(cells);
    cues = List.copyOf(cues);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one cell");
    }
    int last = 0;
    for (Cue cue : cues) {
      if (cue.offset() < last || cue.offset() > text.length()) {
        throw new IllegalArgumentException("cue offset out of order or past the text: " + cue);
      }
      last = cue.offset();
    }
  }

  /** A line without icon cues. */
  public Line(
      int index, int page, String text, LineStyle style, List<Link> links, List<Cell> cells) {
    this(index, page, text, style, links, cells, List.of());
  }

  /**
   * A line of one cell, the whole text. Its range is nominal, from the line's indent over as many
   * units as the text has characters: readers that know where a row's cells lie pass them.
   */
  public Line(int index, int page, String text, LineStyle style, List<Link> links) {
    this(index, page, text, style, links, List.of(wholeLine(text, style)));
  }

  public Line(int index, int page, String text, LineStyle style) {
    this(index, page, text, style, List.of());
  }

  /** The same line with these cues. */
  public Line withCues(List<Cue> newCues) {
    return new Line(index, page, text, style, links, cells, newCues);
  }

  /** Whether the line is a row of more than one cell. */
  public boolean isRow() {
    return cells.size() > 1;
  }

  private static Cell wholeLine(String text, LineStyle style) {
    return new Cell(text, style.indent(), style.indent() + (float) text.length());
  }
}
