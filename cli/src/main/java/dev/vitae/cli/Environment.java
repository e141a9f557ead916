package dev.vitae.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command runs against: the process's streams (or a test's), whether stderr is a terminal,
 * the environment variables that change how vitae prints, and the converters, one per NLP mode,
 * each built on first use so that {@code --help} loads nothing.
 *
 * @param interactive whether a progress bar may be drawn on the process's stderr
 * @param variables the process's environment variables (or a test's)
 */
record Environment(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    boolean interactive,
    Function<NlpOption.Mode, ResumeConverter> converters,
    Map<String, String> variables) {

  Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    converters = memoize(Objects.requireNonNull(converters, "converters"));
    variables = Map.copyOf(variables);
  }

  /** An environment without environment variables. */
  Environment(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      Function<NlpOption.Mode, ResumeConverter> converters) {
    this(in, out, err, interactive, converters, Map.of());
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

  /**
   * Whether colour may be used: not when {@code NO_COLOR} is set to anything but the empty string
   * (no-color.org).
   */
  boolean colour() {
    String noColour = variables.get("NO_COLOR");
    return noColour == null || noColour.isEmpty();
  }

  /** The same environment with these variables (tests). */
  Environment withVariables(Map<String, String> values) {
    return new Environment(in, out, err, interactive, converters, values);
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
