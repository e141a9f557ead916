package dev.vitae.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** Runs {@code vitae} in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {}

  /** Lines as a run prints them, each ended by the platform's line separator. */
  static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  static Result run(String... args) {
    return run(TextConverter::new, "", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(TextConverter::new, stdin, args);
  }

  /** A run with these environment variables. */
  static Result runWithVariables(Map<String, String> variables, String... args) {
    return run(TextConverter::new, new byte[0], variables, args);
  }

  static Result run(Supplier<ResumeConverter> converter, String stdin, String... args) {
    return run(converter, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** A run whose stdin is bytes, such as file names that are not UTF-8. */
  static Result run(Supplier<ResumeConverter> converter, byte[] stdin, String... args) {
    return run(converter, stdin, Map.of(), args);
  }

  private static Result run(
      Supplier<ResumeConverter> converter,
      byte[] stdin,
      Map<String, String> variables,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    Environment env =
        new Environment(in, new PrintWriter(out), new PrintWriter(err), false, converter)
            .withVariables(variables);
    int code = Main.run(env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
