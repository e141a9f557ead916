package dev.vitae.parser;

/**
 * Bounds on what is derived from one input ("input files are hostile").
 *
 * @param maxBytes larger inputs fail with {@link Reason#TOO_LARGE}
 * @param maxPages pages past this are not read; the document gets a "truncated" warning
 * @param maxLines lines past this are dropped, with a "truncated" warning
 * @param maxLineChars characters past this in one line are dropped
 * @param maxMemory bytes the document's thread may allocate while it is read and extracted; past
 *     them it fails with {@link Reason#TOO_LARGE} (see {@link MemoryBudget})
 */
public record ParseLimits(
    long maxBytes, int maxPages, int maxLines, int maxLineChars, long maxMemory) {
  /**
   * The default memory budget, 512 MiB: about four times the most any document of the testdata
   * corpora allocates (121 MB), see {@link MemoryBudget}; low enough that two bad documents at once
   * keep a batch under 2 GB of memory.
   */
  public static final long DEFAULT_MAX_MEMORY = 512L << 20;

  public static final ParseLimits DEFAULT =
      new ParseLimits(50L << 20, 50, 20_000, 4_000, DEFAULT_MAX_MEMORY);

  public ParseLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxLines <= 0 || maxLineChars <= 0 || maxMemory <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Limits with the default memory budget, {@link #DEFAULT_MAX_MEMORY}. */
  public ParseLimits(long maxBytes, int maxPages, int maxLines, int maxLineChars) {
    this(maxBytes, maxPages, maxLines, maxLineChars, DEFAULT_MAX_MEMORY);
  }

  /** These limits with a memory budget of {@code bytes}. */
  public ParseLimits withMaxMemory(long bytes) {
    return new ParseLimits(maxBytes, maxPages, maxLines, maxLineChars, bytes);
  }
}
