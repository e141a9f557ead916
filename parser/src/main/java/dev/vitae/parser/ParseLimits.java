package dev.vitae.parser;

/**
 * Bounds on what is derived from one input ("input files are hostile").
 *
 * @param maxBytes larger inputs fail with {@link Reason#TOO_LARGE}
 * @param maxPages pages past this are not read; the document gets a "truncated" warning
 * @param maxLines lines past this are dropped, with a "truncated" warning
 * @param maxLineChars characters past this in one line are dropped
 */
public record ParseLimits(long maxBytes, int maxPages, int maxLines, int maxLineChars) {
  public static final ParseLimits DEFAULT = new ParseLimits(50L << 20, 50, 20_000, 4_000);

  public ParseLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxLines <= 0 || maxLineChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
