package dev.vitae.extractor.section;

import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run of lines under one heading.
 *
 * @param heading the heading text as written, or {@code null} for {@link SectionKind#HEADER}
 * @param headingLine index of the heading line, or -1 when there is none
 * @param start index of the first body line (after the heading)
 * @param end index one past the last body line
 */
public record Section(
    SectionKind kind, @Nullable String heading, int headingLine, int start, int end) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  /** The body lines of this section in {@code doc}. */
  public List<Line> lines(TextDocument doc) {
    return doc.lines().subList(start, end);
  }

  public boolean isEmpty() {
    return start == end;
  }
}
