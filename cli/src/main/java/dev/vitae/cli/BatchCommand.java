package dev.vitae.cli;

import dev.vitae.cli.batch.Batch;
import dev.vitae.cli.batch.FileNames;
import dev.vitae.cli.batch.IoMessages;
import dev.vitae.cli.batch.Limits;
import dev.vitae.cli.batch.Manifest;
import dev.vitae.cli.batch.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae batch IN_DIR -o OUT_DIR [--threads N] [--include GLOB] [--force] [--timeout T]
 * [--max-bytes S] [--max-memory S] [--max-pages N]}: every file under a folder to {@code
 * OUT_DIR/<relative path>.json}, failures to {@code OUT_DIR/errors.jsonl}, what is done to {@code
 * OUT_DIR/vitae-manifest.jsonl} (a rerun skips it), a progress bar on stderr when it is a terminal,
 * and a summary on stderr at the end: counts and docs/s, failures by reason, field fill rates.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Parses every file under IN_DIR to OUT_DIR/<relative path>.json.",
      "Failed files are listed in OUT_DIR/errors.jsonl; hidden files, OUT_DIR and symbolic links"
          + " leading out of IN_DIR are skipped.",
      "Finished files are recorded in OUT_DIR/vitae-manifest.jsonl: a rerun (after a kill, too)"
          + " skips what is done and unchanged and redoes what failed or changed."
    })
final class BatchCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(BatchCommand.class);

  private final Environment env;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "The folder to read.")
  private Path inDir;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT_DIR",
      description = "The folder to write to; created when missing.")
  private Path outDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files parsed at once (default: the number of processors).")
  private Integer threads;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Only files whose path relative to IN_DIR matches GLOB, e.g. '**/*.pdf'. Repeatable.")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--pretty", description = "Indent the JSON.")
  private boolean pretty;

  @Mixin private NlpOption nlp;

  @Mixin private RedactOption redact = new RedactOption();

  @Option(
      names = "--force",
      description =
          "Convert every file again, even those the manifest records as done and unchanged.")
  private boolean force;

  @Mixin private LimitOptions limitOptions = new LimitOptions();

  BatchCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() throws InterruptedException {
    if (outDir.toString().equals("-")) {
      throw usage(
          "-o -: batch writes a folder of outputs; for JSON Lines on stdout use 'vitae parse"
              + " --jsonl' or 'vitae parse FILE FILE...'");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw usage("--threads must be at least 1");
    }
    if (!Files.isDirectory(inDir)) {
      throw usage("IN_DIR is not a folder: " + FileNames.shown(inDir));
    }
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw usage("OUT_DIR exists and is not a folder: " + FileNames.shown(outDir));
    }
    Predicate<Path> include;
    try {
      include = Batch.include(includes);
    } catch (IllegalArgumentException e) {
      throw usage("bad --include glob: " + e.getMessage());
    }
    Limits limits;
    try {
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      throw usage(String.valueOf(e.getMessage()));
    }
    try {
      Files.createDirectories(outDir);
      if (Files.isSameFile(inDir, outDir)) {
        throw usage("OUT_DIR must not be IN_DIR");
      }
    } catch (IOException e) {
      throw usage(
          "cannot create OUT_DIR " + FileNames.shown(outDir) + ": " + IoMessages.describe(e));
    }

    Batch batch =
        new Batch(
            redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()),
            new Batch.Settings(n, pretty, limits, force, redact.key()));
    Batch.Summary summary;
    // Asked now: at shutdown java.util.logging resets its levels before this hook may run.
    boolean quiet = !LOG.isInfoEnabled();
    // SIGTERM (kill, Ctrl-C) ends the JVM; what was done so far is still summed up.
    Thread summaryOnSignal =
        new Thread(
            () ->
                batch
                    .progress()
                    .ifPresent(
                        sofar -> {
                          // Straight to stderr: the logging's handlers are closed by its own hook.
                          env.err().println("vitae: stopped by a signal; a rerun does the rest");
                          report(
                              sofar,
                              line -> {
                                if (!quiet) {
                                  env.err().println("vitae: " + line);
                                }
                              },
                              line -> env.err().println("vitae: " + line));
                          env.err().flush();
                        }),
            "vitae-summary-on-signal");
    Runtime.getRuntime().addShutdownHook(summaryOnSignal);
    try (Progress progress = env.interactive() && !quiet ? new Progress(env.colour()) : null) {
      summary =
          batch.run(inDir, outDir, include, progress == null ? new Batch.Listener() {} : progress);
    } catch (Manifest.Busy e) {
      // Nothing was parsed: the folder is taken, as a wrong argument would be.
      env.err().println("vitae: " + e.getMessage() + "; wait for it to end or choose another -o");
      return Main.USAGE;
    } catch (Batch.OutputUnwritable e) {
      env.err().println("vitae: " + e.getMessage());
      return Main.FAILED;
    } catch (IOException e) {
      env.err()
          .println("vitae: cannot walk " + FileNames.shown(inDir) + ": " + IoMessages.describe(e));
      return Main.FAILED;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(summaryOnSignal);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs.
      }
    }
    report(summary, LOG::info, LOG::warn);
    return summary.allParsed() ? Main.OK : Main.FAILED;
  }

  // The summary: counts and rates are information (--quiet drops them), failures are warnings.
  private static void report(Batch.Summary summary, Consumer<String> info, Consumer<String> warn) {
    if (summary.stoppedBy() != null) {
      warn.accept("batch stopped: " + summary.stoppedBy().describe());
    }
    double seconds = Math.max(summary.elapsed().toNanos() / 1e9, 1e-3);
    String unchanged =
        summary.unchanged() == 0 ? "" : ", " + summary.unchanged() + " unchanged (skipped)";
    info.accept(
        String.format(
            Locale.ROOT,
            "%d files, %d parsed, %d failed%s in %.1f s (%.1f docs/s)",
            summary.files(),
            summary.parsed(),
            summary.failed(),
            unchanged,
            seconds,
            summary.docsPerSecond()));
    if (summary.failed() > 0) {
      warn.accept("failed: " + summary.tally().failuresByReason());
    }
    if (summary.parsed() > 0) {
      info.accept("outputs with " + summary.tally().fillRates());
    }
    if (summary.errorLog() != null) {
      warn.accept("failures are listed in " + summary.errorLog());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The progress bar: its total grows as the walk finds files. */
  static final class Progress implements Batch.Listener, AutoCloseable {
    private final ProgressBar bar;

    Progress(boolean colour) {
      // The library draws on stderr by default.
      bar =
          new ProgressBarBuilder()
              .setTaskName("vitae")
              .setInitialMax(-1)
              .showSpeed()
              .setStyle(style(colour))
              .build();
    }

    /** The bar's look: the library's default is coloured, and NO_COLOR asks for none. */
    static ProgressBarStyle style(boolean colour) {
      return colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK;
    }

    @Override
    public synchronized void found(long count) {
      bar.maxHint(count);
    }

    @Override
    public synchronized void done(Outcome outcome) {
      bar.step();
    }

    @Override
    public synchronized void close() {
      bar.close();
    }
  }
}
