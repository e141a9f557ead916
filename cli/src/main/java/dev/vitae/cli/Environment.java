package dev.vitae.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a command runs against: the process's streams (or a test's), whether stderr is a terminal,
 * and the converter, built on first use so that {@code --help} loads nothing.
 *
 * @param interactive whether a progress bar may be drawn on the process's stderr
 */
record Environment(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    boolean interactive,
    Supplier<ResumeConverter> converter) {

  Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    converter = memoize(Objects.requireNonNull(converter, "converter"));
  }

  private static Supplier<ResumeConverter> memoize(Supplier<ResumeConverter> factory) {
    return new Supplier<>() {
      private ResumeConverter value;

      @Override
      public synchronized ResumeConverter get() {
        if (value == null) {
          value = Objects.requireNonNull(factory.get(), "converter");
        }
        return value;
      }
    };
  }
}
