package dev.vitae.cli;

import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae parse FILE|- [-o OUT] [--pretty]}: one document to JSON on stdout or to a file.
 * Stdout carries the JSON and nothing else; a failure is one line on stderr, {@code vitae: <file>:
 * <reason-code>: <message>}, and exit code {@value Main#FAILED}.
 *
 * <p>{@code vitae parse --jsonl [-] [--errors=stdout|stderr] [--threads N]} is the pipeline step:
 * paths on stdin, one per line (or {@code -}: one document on stdin), and one JSON line per
 * document on stdout in input order (see {@link JsonLines}).
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses one document and writes its JSON Resume to stdout (or to OUT).",
      "With --jsonl, reads paths from stdin (one per line; or '-' for one document on stdin) and"
          + " writes one JSON Resume per line to stdout in input order; a failed document is a line"
          + " {\"error\":{\"file\",\"reason\",\"message\"}} on stdout, or on stderr with"
          + " --errors=stderr. Nothing else is ever written to stdout."
    })
final class ParseCommand implements Callable<Integer> {
  /** Where {@code --jsonl} writes error lines. */
  enum ErrorStream {
    STDOUT,
    STDERR
  }

  private final Environment env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE|-",
      description = "The document to read; - reads stdin. With --jsonl: omit to read paths.")
  private String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the JSON to OUT (atomically) instead of stdout.")
  private Path output;

  @Option(names = "--pretty", description = "Indent the JSON.")
  private boolean pretty;

  @Mixin private NlpOption nlp;

  @Mixin private RedactOption redact = new RedactOption();

  @Option(
      names = "--jsonl",
      description = "Pipeline step: paths on stdin, one JSON line per document on stdout.")
  private boolean jsonl;

  @Option(
      names = "--errors",
      paramLabel = "STREAM",
      description = "With --jsonl, where error lines go: stdout (default) or stderr.")
  private String errors = "stdout";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "With --jsonl, documents parsed at once (default: the number of processors).")
  private Integer threads;

  @Mixin private LimitOptions limitOptions = new LimitOptions();

  ParseCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Limits limits;
    try {
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      throw usage(String.valueOf(e.getMessage()));
    }
    if (jsonl) {
      return jsonLines(limits);
    }
    if (input == null) {
      throw usage("Missing required parameter: 'FILE|-' (or use --jsonl to read paths from stdin)");
    }
    Path file = inputPath();
    // Outside the conversion: a converter that cannot be built is a bug of vitae, not of this file.
    ResumeConverter converter =
        redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()).withLimits(limits.parse());
    Path name = file == null ? Path.of(input) : file;
    Conversion conversion =
        convertOne(
            limits,
            name,
            () ->
                file == null
                    ? Conversion.of(converter, limits, env.in(), name)
                    : Conversion.of(converter, limits, file, name));
    Outcome failure = conversion.failure();
    if (failure != null) {
      return fail(failure);
    }
    Resume resume = conversion.requireResume();
    String json = pretty ? ResumeJson.writePretty(resume) : ResumeJson.write(resume);
    if (output == null) {
      env.out().println(json);
      env.out().flush();
      // Main reports a lost stdout, once.
      return env.out().checkError() ? Main.FAILED : Main.OK;
    }
    try {
      AtomicFiles.write(output, json + "\n");
      return Main.OK;
    } catch (IOException e) {
      return fail(Outcome.failed(name, Reason.OUTPUT, "cannot write output: " + e));
    }
  }

  private int jsonLines(Limits limits) throws IOException, InterruptedException {
    if (output != null || pretty) {
      throw usage("--jsonl writes one line per document to stdout: no -o, no --pretty");
    }
    ErrorStream stream;
    try {
      stream = ErrorStream.valueOf(errors.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--errors must be stdout or stderr, not '" + errors + "'");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw usage("--threads must be at least 1");
    }
    if (input != null && !"-".equals(input)) {
      throw usage("with --jsonl, give no FILE (paths come on stdin) or '-' (one document)");
    }
    ResumeConverter converter =
        redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()).withLimits(limits.parse());
    JsonLines run =
        new JsonLines(
            converter, limits, n, env.out(), stream == ErrorStream.STDOUT ? env.out() : env.err());
    if (input != null) {
      return run.convertStream(env.in());
    }
    try {
      return run.convertPaths(env.in());
    } catch (IOException e) {
      env.err().println("vitae: cannot read paths from stdin: " + e.getMessage());
      return Main.FAILED;
    }
  }

  // One document under the timeout; a late one fails as TIMEOUT and its thread is abandoned.
  private static Conversion convertOne(Limits limits, Path name, Supplier<Conversion> work)
      throws InterruptedException {
    AtomicReference<Conversion> result = new AtomicReference<>();
    try (WorkerPool pool = new WorkerPool(1, limits.timeout(), 1)) {
      pool.submit(
          work,
          result::set,
          () -> result.set(new Conversion(null, Outcome.timedOut(name, limits.requireTimeout()))));
      pool.awaitSettled();
      Throwable failure = pool.failure();
      if (failure instanceof Error error) {
        throw error;
      } else if (failure != null) {
        throw new IllegalStateException("the conversion failed", failure);
      }
    }
    Conversion conversion = result.get();
    if (conversion == null) {
      throw new IllegalStateException("the conversion neither finished nor timed out");
    }
    return conversion;
  }

  // Null for stdin.
  private @Nullable Path inputPath() {
    if ("-".equals(input)) {
      return null;
    }
    try {
      return FileNames.argument(input);
    } catch (InvalidPathException e) {
      throw usage("not a valid path: " + e.getReason());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private int fail(Outcome outcome) {
    env.err().println("vitae: " + outcome.describe());
    return Main.FAILED;
  }
}
