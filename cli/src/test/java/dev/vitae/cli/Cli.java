package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Runs {@code vitae} in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return run(TextConverter::new, "", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(TextConverter::new, stdin, args);
  }

  static Result run(Supplier<ResumeConverter> converter, String stdin, String... args) {
    return run(converter, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** A run whose stdin is bytes, such as file names that are not UTF-8. */
  static Result run(Supplier<ResumeConverter> converter, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    Environment env =
        new Environment(in, new PrintWriter(out), new PrintWriter(err), false, converter);
    int code = Main.run(env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
