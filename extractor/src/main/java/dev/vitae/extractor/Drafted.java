package dev.vitae.extractor;

import java.util.Objects;

/**
 * A drafted value and the lines it was read from (inclusive, indexes into the document), kept for
 * debugging and warnings.
 */
public record Drafted<T>(T value, int firstLine, int lastLine) {
  public Drafted {
    Objects.requireNonNull(value, "value");
  }

  public static <T> Drafted<T> at(T value, int line) {
    return new Drafted<>(value, line, line);
  }
}
