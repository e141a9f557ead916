package dev.vitae.cli;

import dev.vitae.cli.batch.AtomicFiles;
import dev.vitae.cli.batch.ConversionLog;
import dev.vitae.cli.batch.ErrorLog;
import dev.vitae.cli.batch.FileNames;
import dev.vitae.cli.batch.IoMessages;
import dev.vitae.cli.batch.JsonLines;
import dev.vitae.cli.batch.Limits;
import dev.vitae.cli.batch.Outcome;
import dev.vitae.cli.batch.WorkerPool;
import dev.vitae.convert.Conversion;
import dev.vitae.convert.Failure;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code vitae parse FILE|- [-o OUT|-] [--pretty]}: one document to JSON on stdout or to a file.
 * Stdout carries the JSON and nothing else; a failure is one line on stderr, {@code vitae: <file>:
 * <reason-code>: <message>}, and exit code {@value Main#FAILED}.
 *
 * <p>{@code vitae parse FILE FILE…}: one JSON line per document on stdout, in the order given; a
 * failed document is its {@code vitae:} line on stderr, the others still go out, and the exit code
 * is {@value Main#FAILED}.
 *
 * <p>{@code vitae parse --jsonl [-0] [-|FILE…] [--errors=stdout|stderr] [--threads N]} is the
 * pipeline step: paths on stdin, one per line (with {@code -0}, NUL-separated), or the FILEs given
 * (or {@code -}: one document on stdin), and one JSON line per document on stdout in input order
 * (see {@link JsonLines}).
 *
 * <p>Options that contradict each other, an OUT that is a folder or lies under a file, and a FILE
 * that is not a valid path are usage errors ({@value Main#USAGE}), found before any parsing.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses one document and writes its JSON Resume to stdout (or to OUT).",
      "With several FILEs, writes one JSON Resume per line to stdout in the order given; a failed"
          + " document is reported on stderr and the others still go out.",
      "With --jsonl, reads paths from stdin (one per line, or NUL-separated with -0; or '-' for"
          + " one document on stdin) or takes the FILEs given, and writes one JSON Resume per line"
          + " to stdout in input order; a failed document is a line"
          + " {\"error\":{\"file\",\"reason\",\"message\"}} on stdout, or on stderr with"
          + " --errors=stderr. Nothing else is ever written to stdout."
    })
final class ParseCommand implements Callable<Integer> {
  /** Where {@code --jsonl} writes error lines. */
  enum ErrorStream {
    STDOUT,
    STDERR
  }

  private static final String STDIN = "-";

  private final Environment env;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "The documents to read; - reads stdin (as the only FILE). With --jsonl: omit to read"
              + " paths from stdin.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Write the JSON to OUT (atomically; missing folders are created) instead of stdout;"
              + " - is stdout.")
  private String output;

  @Option(names = "--pretty", description = "Indent the JSON.")
  private boolean pretty;

  @Mixin private NlpOption nlp;

  @Mixin private RedactOption redact = new RedactOption();

  @Option(
      names = "--jsonl",
      description = "Pipeline step: paths on stdin, one JSON line per document on stdout.")
  private boolean jsonl;

  @Option(
      names = {"-0", "--null"},
      description =
          "With --jsonl, paths on stdin are separated by NUL bytes (find -print0, xargs -0), not"
              + " by newlines.")
  private boolean nul;

  @Option(
      names = "--errors",
      paramLabel = "STREAM",
      description = "With --jsonl, where error lines go: stdout (default) or stderr.")
  private String errors;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --jsonl or several FILEs, documents parsed at once (default: the number of"
              + " processors).")
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
    if (nul && !jsonl) {
      throw usage("--null reads paths from stdin: use it with --jsonl");
    }
    if (errors != null && !jsonl) {
      throw usage("--errors says where --jsonl writes error lines: use it with --jsonl");
    }
    if (inputs.size() > 1 && inputs.contains(STDIN)) {
      throw usage("'-' (stdin) must be the only FILE");
    }
    if (jsonl) {
      return jsonLines(limits);
    }
    if (inputs.isEmpty()) {
      throw usage("missing FILE (or use --jsonl to read paths from stdin)");
    }
    if (inputs.size() > 1) {
      return several(limits);
    }
    if (threads != null) {
      throw usage("--threads is for --jsonl or several FILEs; one FILE is parsed on one thread");
    }
    String input = inputs.get(0);
    Path file = STDIN.equals(input) ? null : argument(input);
    Path target = outputFile();
    // Outside the conversion: a converter that cannot be built is a bug of vitae, not of this file.
    ResumeConverter converter =
        redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()).withLimits(limits.parse());
    Path name = file == null ? Path.of(input) : file;
    String slashed = ErrorLog.slashed(name);
    Conversion conversion =
        convertOne(
            limits,
            name,
            () ->
                ConversionLog.timed(
                    name,
                    () ->
                        limits.checkPages(
                            Conversion.of(
                                slashed,
                                () ->
                                    file == null
                                        ? converter.convert(env.in(), slashed)
                                        : converter.convert(file, slashed)))));
    if (!conversion.isParsed()) {
      return fail(Outcome.failed(name, conversion.requireFailure()));
    }
    Resume resume = conversion.requireResume();
    String json = pretty ? ResumeJson.writePretty(resume) : ResumeJson.write(resume);
    if (target == null) {
      env.out().println(json);
      env.out().flush();
      // Main reports a lost stdout, once.
      return env.out().checkError() ? Main.FAILED : Main.OK;
    }
    try {
      AtomicFiles.write(target, json + "\n");
      return Main.OK;
    } catch (IOException e) {
      return fail(
          Outcome.unwritten(
              name, "cannot write " + FileNames.shown(target) + ": " + IoMessages.describe(e)));
    }
  }

  // Several FILEs: JSON Lines on stdout, failures as `vitae:` lines on stderr.
  private int several(Limits limits) throws InterruptedException {
    if (pretty || (output != null && !STDIN.equals(output))) {
      throw usage(
          "several FILEs are written as JSON Lines to stdout: no -o OUT, no --pretty"
              + " (vitae batch writes a folder of outputs)");
    }
    List<Path> files = inputs.stream().map(this::argument).toList();
    JsonLines run =
        new JsonLines(
            converter(limits),
            limits,
            threadCount(),
            env.out(),
            env.err(),
            JsonLines.ErrorFormat.TEXT);
    return exitCode(run.convertFiles(files));
  }

  private int jsonLines(Limits limits) throws IOException, InterruptedException {
    if (pretty || (output != null && !STDIN.equals(output))) {
      throw usage("--jsonl writes one line per document to stdout: no -o OUT, no --pretty");
    }
    ErrorStream stream;
    try {
      stream = ErrorStream.valueOf((errors == null ? "stdout" : errors).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--errors must be stdout or stderr, not '" + errors + "'");
    }
    int n = threadCount();
    boolean fromStdin = inputs.size() == 1 && STDIN.equals(inputs.get(0));
    if (nul && !inputs.isEmpty()) {
      throw usage("--null reads paths from stdin: give no FILE");
    }
    List<Path> files = fromStdin ? List.of() : inputs.stream().map(this::argument).toList();
    JsonLines run =
        new JsonLines(
            converter(limits),
            limits,
            n,
            env.out(),
            stream == ErrorStream.STDOUT ? env.out() : env.err(),
            JsonLines.ErrorFormat.JSON);
    if (fromStdin) {
      return exitCode(run.convertStream(env.in()));
    }
    if (!files.isEmpty()) {
      return exitCode(run.convertFiles(files));
    }
    try {
      return exitCode(run.convertPaths(env.in(), nul));
    } catch (IOException e) {
      env.err().println("vitae: cannot read paths from stdin: " + IoMessages.describe(e));
      return Main.FAILED;
    }
  }

  private static int exitCode(boolean allConverted) {
    return allConverted ? Main.OK : Main.FAILED;
  }

  private ResumeConverter converter(Limits limits) {
    return redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()).withLimits(limits.parse());
  }

  private int threadCount() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw usage("--threads must be at least 1");
    }
    return n;
  }

  /**
   * The file {@code -o} names, or null for stdout; checked before parsing: a folder, or a path
   * under something that is not a folder, is a usage error. Missing folders are created later.
   */
  private @Nullable Path outputFile() {
    if (output == null || STDIN.equals(output)) {
      return null;
    }
    Path target = argument(output);
    String shown = FileNames.shown(target);
    if (Files.isDirectory(target)) {
      throw usage(
          "-o "
              + shown
              + " is a folder; parse writes one file (vitae batch writes a folder of outputs)");
    }
    for (Path up = target.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.isDirectory(up)) {
        break;
      }
      if (Files.exists(up)) {
        throw usage("-o " + shown + ": " + FileNames.shown(up) + " is not a folder");
      }
    }
    return target;
  }

  // One document under the timeout; a late one fails as TIMEOUT and its thread is abandoned.
  private static Conversion convertOne(Limits limits, Path name, Supplier<Conversion> work)
      throws InterruptedException {
    AtomicReference<Conversion> result = new AtomicReference<>();
    try (WorkerPool pool = new WorkerPool(1, limits.timeout(), 1)) {
      pool.submit(
          work,
          result::set,
          () ->
              result.set(
                  Conversion.failed(
                      Failure.timedOut(ErrorLog.slashed(name), limits.requireTimeout()))));
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

  private Path argument(String given) {
    try {
      return FileNames.argument(given);
    } catch (InvalidPathException e) {
      throw usage(
          FileNames.LOCALE_HINT.equals(e.getReason())
              ? FileNames.shown(given) + ": " + e.getReason()
              : "not a valid path: " + FileNames.shown(given));
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
