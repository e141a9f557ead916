package dev.vitae.parser;

/**
 * Layout of one line, the same for every format so that extraction rules need not know where a line
 * came from.
 *
 * @param fontSize font size in points, or 0 when the format has none (Markdown, text)
 * @param relativeSize font size divided by the document's body font size; 1 when unknown
 * @param bold whether most of the line's glyphs are bold (or the whole line is strong emphasis)
 * @param indent horizontal position: points from the left margin for PDF, leading spaces or list
 *     nesting for text formats
 * @param headingLevel 1-6 for a heading line, 0 for any other
 * @param listDepth 1 and up for a list item (1 = top level), 0 for any other line
 * @param blockStart whether the line starts a new block: a blank line or paragraph gap precedes it
 * @param column 0 for the first (or only) column of the page, 1 for the second, and so on
 */
public record LineStyle(
    float fontSize,
    float relativeSize,
    boolean bold,
    int indent,
    int headingLevel,
    int listDepth,
    boolean blockStart,
    int column) {

  /** A body line with no layout information. */
  public static final LineStyle PLAIN = new LineStyle(0, 1, false, 0, 0, 0, false, 0);

  public LineStyle {
    if (headingLevel < 0 || headingLevel > 6) {
      throw new IllegalArgumentException("headingLevel out of range: " + headingLevel);
    }
    if (listDepth < 0) {
      throw new IllegalArgumentException("listDepth < 0: " + listDepth);
    }
  }

  public static LineStyle heading(int level) {
    return new LineStyle(0, 1, false, 0, level, 0, true, 0);
  }

  public static LineStyle listItem(int depth) {
    return new LineStyle(0, 1, false, 0, 0, depth, false, 0);
  }

  public LineStyle withBlockStart(boolean value) {
    return new LineStyle(
        fontSize, relativeSize, bold, indent, headingLevel, listDepth, value, column);
  }

  public boolean isHeading() {
    return headingLevel > 0;
  }

  public boolean isListItem() {
    return listDepth > 0;
  }
}
