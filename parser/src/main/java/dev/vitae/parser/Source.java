package dev.vitae.parser;

import java.util.Objects;

/**
 * Where a document came from: its display name (a path relative to the batch root, or {@code -}),
 * detected media type, SHA-256 of its bytes and size. Never holds document content.
 */
public record Source(String name, String mediaType, String sha256, long size) {
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A source known only by name, for tests and callers that have no bytes yet. */
  public static Source named(String name, String mediaType) {
    return new Source(name, mediaType, "", -1);
  }
}
