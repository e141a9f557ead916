package dev.vitae.extractor.roles;

/**
 * One part of an entry header: a piece of a header line between separators.
 *
 * @param text the part, cleaned
 * @param line which header line (0 = the first) it is on
 * @param separator what stands before it on its line
 */
public record HeaderPart(String text, int line, Separator separator) {
  /** What separates a part from the one before it on its line. */
  public enum Separator {
    /** Nothing: the part opens its line. */
    START,
    /** A comma. */
    COMMA,
    /** A bar, a middle dot, a tab or a wide gap: a cell border. */
    BAR,
    /** "at" or "@". */
    AT,
    /** A spaced dash or a leader. */
    DASH,
    /** A semicolon. */
    SEMICOLON,
    /** A slash between Chinese words. */
    SLASH,
    /** A space: the part was cut from a longer one by its words. */
    SPACE
  }
}
