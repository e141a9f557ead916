package dev.vitae.parser;

import java.util.Objects;

/**
 * One cell of a {@link Line}: a run of text set apart from the rest of its row by a wide gap (a
 * title and its date flush right), a table cell, or a tab-aligned column.
 *
 * @param text the cell's clean text, never blank
 * @param x left edge: points from the left of the page for PDF, the character column of the source
 *     line for plain text, the cell's position in its row (0, 1, …) where the format has no
 *     geometry
 * @param right right edge, in the same unit; at least {@code x}
 */
public record Cell(String text, float x, float right) {
  public Cell {
    Objects.requireNonNull(text, "text");
    if (right < x) {
      throw new IllegalArgumentException("right < x: " + right + " < " + x);
    }
  }
}
