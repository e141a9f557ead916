package dev.vitae.parser;

import java.util.List;
import java.util.Objects;

/**
 * A document as lines with layout, the only thing the extractor sees.
 *
 * @param pages number of pages (1 for formats without pages)
 * @param warnings soft findings of the reader ("garbled-text", "truncated"), never content
 */
public record TextDocument(Source source, int pages, List<Line> lines, List<String> warnings) {
  public TextDocument {
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /** The lines' text joined by newlines. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Line line : lines) {
      sb.append(line.text()).append('\n');
    }
    return sb.toString();
  }

  public TextDocument withSource(Source newSource) {
    return new TextDocument(newSource, pages, lines, warnings);
  }
}
