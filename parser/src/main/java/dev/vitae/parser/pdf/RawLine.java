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
    List<Link> links) {
  RawLine {
    links = List.copyOf(links);
  }
}
