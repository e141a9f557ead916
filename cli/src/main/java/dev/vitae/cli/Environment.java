package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command runs against: the process's streams (or a test's), whether stderr is a terminal,
 * and the converters, one per NLP mode, each built on first use so that {@code --help} loads
 * nothing.
 *
 * @param interactive whether a progress bar may be drawn on the process's stderr
 */
record Environment(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    boolean interactive,
    Function<NlpOption.Mode, ResumeConverter> converters) {

  Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    converters = memoize(Objects.requireNonNull(converters, "converters"));
  }

  /** An environment whose one converter serves every NLP mode (tests). */
  Environment(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      Supplier<ResumeConverter> converter) {
    this(in, out, err, interactive, mode -> converter.get());
  }

  /** The converter for {@code mode}, built on first use. */
  ResumeConverter converter(NlpOption.Mode mode) {
    return converters.apply(mode);
  }

  private static Function<NlpOption.Mode, ResumeConverter> memoize(
      Function<NlpOption.Mode, ResumeConverter> factory) {
    return new Function<>() {
      private final Map<NlpOption.Mode, ResumeConverter> values =
          new EnumMap<>(NlpOption.Mode.class);

      @Override
      public synchronized ResumeConverter apply(NlpOption.Mode mode) {
        return values.computeIfAbsent(
            mode, m -> Objects.requireNonNull(factory.apply(m), "converter"));
      }
    };
  }
}
