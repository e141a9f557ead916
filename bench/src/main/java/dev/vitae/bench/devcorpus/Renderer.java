package dev.vitae.bench.devcorpus;

/**
 * Draws a gold resume as one kind of document. Implementations are stateless and thread-safe, and
 * render the same gold to the same bytes every time.
 */
public interface Renderer {
  /** The renderer's fixed name, the {@code renderer} column of the corpus manifest. */
  String name();

  /** The file extension of what it writes, without the dot. */
  String extension();

  /**
   * The document for a gold: everything the gold holds that a resume shows, and nothing else.
   *
   * @throws IllegalStateException when the document cannot be built (a bug, not bad input)
   */
  byte[] render(Gold gold);
}
