package dev.vitae.parser;

import java.util.Objects;

/**
 * A hyperlink on a line: its visible text (as it appears in {@link Line#text()}) and its target.
 */
public record Link(String text, String url) {
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }
}
