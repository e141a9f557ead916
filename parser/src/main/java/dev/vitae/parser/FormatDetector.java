package dev.vitae.parser;

/**
 * Decides a document's media type from its bytes and name with Tika, and tells Markdown from plain
 * text by content (a {@code .txt} that holds Markdown is Markdown). Thread-safe.
 */
public final class FormatDetector {
  public static final String PDF = "application/pdf";
  public static final String MARKDOWN = "text/markdown";
  public static final String PLAIN_TEXT = "text/plain";

  /** The media type without parameters. */
  public String detect(byte[] bytes, String name) {
    throw new UnsupportedOperationException("to be written");
  }
}
