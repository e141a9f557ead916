package dev.vitae.parser;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document in reading order. {@code text} is clean text: no Markdown or HTML markup,
 * no list marker, whitespace collapsed; link targets are in {@code links}.
 *
 * @param index position in {@link TextDocument#lines()}, from 0
 * @param page page number from 1 (1 for formats without pages)
 */
public record Line(int index, int page, String text, LineStyle style, List<Link> links) {
  public Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    links = List.copyOf(links);
  }

  public Line(int index, int page, String text, LineStyle style) {
    this(index, page, text, style, List.of());
  }
}
