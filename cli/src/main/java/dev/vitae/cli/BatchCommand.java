package dev.vitae.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae batch IN_DIR -o OUT_DIR [--threads N] [--include GLOB] [--force] [--timeout T]
 * [--max-bytes S] [--max-pages N]}: every file under a folder to {@code OUT_DIR/<relative
 * path>.json}, failures to {@code OUT_DIR/errors.jsonl}, what is done to {@code
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
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw usage("--threads must be at least 1");
    }
    if (!Files.isDirectory(inDir)) {
      throw usage("IN_DIR is not a folder: " + inDir);
    }
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw usage("OUT_DIR exists and is not a folder: " + outDir);
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
      throw usage("cannot create OUT_DIR: " + e);
    }

    Batch batch =
        new Batch(
            redact.apply(nlp.converter(env)).withOcr(limitOptions.ocr()),
            new Batch.Settings(n, pretty, limits, force, redact.key()));
    Batch.Summary summary;
    // SIGTERM (kill, Ctrl-C) ends the JVM; what was done so far is still summed up.
    Thread summaryOnSignal =
        new Thread(
            () ->
                batch
                    .progress()
                    .ifPresent(
                        sofar -> {
                          env.err().println("vitae: stopped by a signal; a rerun does the rest");
                          report(sofar);
                          env.err().flush();
                        }),
            "vitae-summary-on-signal");
    Runtime.getRuntime().addShutdownHook(summaryOnSignal);
    try (Progress progress = env.interactive() ? new Progress() : null) {
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
      env.err().println("vitae: cannot walk " + FileNames.shown(inDir) + ": " + e);
      return Main.FAILED;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(summaryOnSignal);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs.
      }
    }
    report(summary);
    return summary.allParsed() ? Main.OK : Main.FAILED;
  }

  private void report(Batch.Summary summary) {
    if (summary.stoppedBy() != null) {
      env.err().println("vitae: batch stopped: " + summary.stoppedBy().describe());
    }
    double seconds = Math.max(summary.elapsed().toNanos() / 1e9, 1e-3);
    String unchanged =
        summary.unchanged() == 0 ? "" : ", " + summary.unchanged() + " unchanged (skipped)";
    env.err()
        .println(
            String.format(
                Locale.ROOT,
                "vitae: %d files, %d parsed, %d failed%s in %.1f s (%.1f docs/s)",
                summary.files(),
                summary.parsed(),
                summary.failed(),
                unchanged,
                seconds,
                summary.docsPerSecond()));
    if (summary.failed() > 0) {
      env.err().println("vitae: failed: " + summary.tally().failuresByReason());
    }
    if (summary.parsed() > 0) {
      env.err().println("vitae: outputs with " + summary.tally().fillRates());
    }
    if (summary.errorLog() != null) {
      env.err().println("vitae: failures are listed in " + summary.errorLog());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The progress bar: its total grows as the walk finds files. */
  private static final class Progress implements Batch.Listener, AutoCloseable {
    // The library draws on stderr by default.
    private final ProgressBar bar =
        new ProgressBarBuilder().setTaskName("vitae").setInitialMax(-1).showSpeed().build();

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
