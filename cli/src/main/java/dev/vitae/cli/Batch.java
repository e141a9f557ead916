package dev.vitae.cli;

import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Converts every file under a folder to {@code OUT_DIR/<relative path>.json} on a fixed pool of
 * threads sharing one {@link ResumeConverter}. The folder is walked as files are converted, and at
 * most two files per thread wait in the queue, so memory stays flat however many files there are.
 *
 * <p>A failed file becomes a line of {@code errors.jsonl} and the batch goes on, unless its reason
 * is in the {@link Reason.Category#STOP_BATCH} category (an output that cannot be written): then no
 * further file is started. Hidden files and folders, {@code OUT_DIR} itself and symbolic links that
 * lead out of the folder (or to folders) are skipped.
 */
public final class Batch {
  private final ResumeConverter converter;
  private final int threads;
  private final boolean pretty;

  /**
   * A batch runner.
   *
   * @param threads how many files are converted at once, at least 1
   * @param pretty whether outputs are indented rather than one line each
   */
  public Batch(ResumeConverter converter, int threads, boolean pretty) {
    this.converter = Objects.requireNonNull(converter, "converter");
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.threads = threads;
    this.pretty = pretty;
  }

  /**
   * Hears of a batch's progress. Called from the walking thread and from worker threads at once, so
   * implementations must be thread-safe; they must not throw.
   */
  public interface Listener {
    /** Another file was queued; {@code count} files have been queued so far. */
    default void found(long count) {}

    /** A file was converted or failed. */
    default void done(Outcome outcome) {}
  }

  /**
   * What a batch did.
   *
   * @param stoppedBy the failure that stopped the batch early, or null when every file found was
   *     converted or failed on its own
   * @param errorLog where failures were written, or null when nothing failed
   */
  public record Summary(
      long parsed, long failed, Outcome stoppedBy, Path errorLog, Duration elapsed) {
    public Summary {
      Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Files converted or failed (files not started after a stop are not counted). */
    public long files() {
      return parsed + failed;
    }

    /** Whether every file found became a JSON Resume. */
    public boolean allParsed() {
      return failed == 0 && stoppedBy == null;
    }
  }

  /**
   * A filter over paths relative to the batch root, accepting a path that matches any of the globs
   * (all paths when there is none). A glob that starts with {@code **}{@code /} also matches files
   * at the root, so {@code **}{@code /*.pdf} means every PDF.
   *
   * @throws IllegalArgumentException when a glob is malformed
   */
  public static Predicate<Path> include(List<String> globs) {
    if (globs.isEmpty()) {
      return path -> true;
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return path -> matchers.stream().anyMatch(m -> m.matches(path));
  }

  /**
   * Converts every included regular file under {@code inDir}. Per-file failures never throw: they
   * are counted and logged to {@code outDir/errors.jsonl} (deleted first, so a rerun starts a new
   * log). An output left by an earlier run for a file that now fails is deleted.
   *
   * @param include tested against each file's path relative to {@code inDir}
   * @throws IOException when {@code outDir} cannot be created or {@code inDir} cannot be walked
   * @throws InterruptedException when the calling thread is interrupted; workers are stopped
   */
  public Summary run(Path inDir, Path outDir, Predicate<Path> include, Listener listener)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Files.createDirectories(outDir);
    Run run = new Run(inDir, outDir, include, listener);
    try (ErrorLog errors = ErrorLog.in(outDir)) {
      run.errors = errors;
      run.walk();
    }
    Throwable fatal = run.fatal.get();
    if (fatal instanceof Error error) {
      throw error;
    } else if (fatal != null) {
      throw new IllegalStateException("a batch worker failed", fatal);
    }
    long failed = run.failed.get();
    return new Summary(
        run.parsed.get(),
        failed,
        run.stoppedBy.get(),
        failed > 0 ? outDir.resolve(ErrorLog.FILE_NAME) : null,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Converts one file and writes its output atomically. Never throws for a bad document, a bug in
   * extraction (reported as {@link Reason#INTERNAL}) or an output that cannot be written (reported
   * as {@link Reason#OUTPUT}).
   *
   * @param relative the name used in the output and in messages
   */
  Outcome convert(Path file, Path relative, Path target) {
    String json;
    try {
      Resume resume = converter.convert(file, ErrorLog.slashed(relative));
      json = pretty ? ResumeJson.writePretty(resume) : ResumeJson.write(resume);
    } catch (DocumentException e) {
      return deleteStale(target, Outcome.of(relative, e));
    } catch (RuntimeException | StackOverflowError e) {
      // Hostile input can break any stage; the bug is reported and the batch goes on.
      return deleteStale(target, Outcome.internal(relative, e));
    }
    try {
      AtomicFiles.write(target, json + "\n");
      return Outcome.parsed(relative);
    } catch (IOException e) {
      return deleteStale(target, Outcome.failed(relative, Reason.OUTPUT, "cannot write output: " + e));
    }
  }

  /** Where the output for {@code relative} goes: {@code a/b.pdf} becomes {@code a/b.pdf.json}. */
  static Path target(Path outDir, Path relative) {
    return outDir.resolve(relative).resolveSibling(relative.getFileName() + ".json");
  }

  // An output from an earlier run must not pass for this run's result.
  private static Outcome deleteStale(Path target, Outcome outcome) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      // The failure is already reported; a stale file that cannot be deleted changes nothing.
    }
    return outcome;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The state of one run. */
  private final class Run implements FileVisitor<Path> {
    final Path inDir;
    final Path outDir;
    final Predicate<Path> include;
    final Listener listener;
    final Path realIn;
    final Path realOut;
    final Semaphore queue = new Semaphore(2 * threads);
    final AtomicLong found = new AtomicLong();
    final AtomicLong parsed = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicReference<Outcome> stoppedBy = new AtomicReference<>();
    final AtomicReference<Throwable> fatal = new AtomicReference<>();
    ErrorLog errors;
    ExecutorService pool;

    Run(Path inDir, Path outDir, Predicate<Path> include, Listener listener) throws IOException {
      this.inDir = inDir;
      this.outDir = outDir;
      this.include = Objects.requireNonNull(include, "include");
      this.listener = Objects.requireNonNull(listener, "listener");
      this.realIn = inDir.toRealPath();
      this.realOut = outDir.toRealPath();
    }

    void walk() throws IOException, InterruptedException {
      pool = Executors.newFixedThreadPool(threads, workerThreads());
      try {
        Files.walkFileTree(inDir, this);
      } finally {
        pool.shutdown();
        try {
          while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // Documents are bounded by the parser's limits; waiting is all there is to do.
          }
        } catch (InterruptedException e) {
          pool.shutdownNow();
          throw e;
        }
      }
    }

    boolean stopped() {
      return stoppedBy.get() != null || fatal.get() != null;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (stopped()) {
        return FileVisitResult.TERMINATE;
      }
      if (dir.equals(inDir)) {
        return FileVisitResult.CONTINUE;
      }
      return hidden(dir) || isOutDir(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    private boolean isOutDir(Path dir) {
      try {
        return dir.toRealPath().equals(realOut);
      } catch (IOException e) {
        return false; // an unreadable folder is reported when it is listed
      }
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (stopped()) {
        return FileVisitResult.TERMINATE;
      }
      Path relative = inDir.relativize(file);
      if (hidden(file) || !convertible(file, attrs) || !include.test(relative)) {
        return FileVisitResult.CONTINUE;
      }
      try {
        queue.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FileVisitResult.TERMINATE;
      }
      listener.found(found.incrementAndGet());
      pool.execute(() -> work(file, relative));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(inDir)) {
        throw e;
      }
      record(Outcome.failed(inDir.relativize(file), Reason.IO, "cannot read: " + e));
      return stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
      if (e != null && dir.equals(inDir)) {
        throw e;
      } else if (e != null) {
        record(Outcome.failed(inDir.relativize(dir), Reason.IO, "cannot list: " + e));
      }
      return stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    // A regular file, or a link to one that stays inside the tree (and outside OUT_DIR).
    private boolean convertible(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        return true;
      }
      if (!attrs.isSymbolicLink()) {
        return false;
      }
      try {
        Path real = file.toRealPath();
        return real.startsWith(realIn) && !real.startsWith(realOut) && Files.isRegularFile(real);
      } catch (IOException e) {
        return false;
      }
    }

    private void work(Path file, Path relative) {
      try {
        if (!stopped()) {
          record(convert(file, relative, target(outDir, relative)));
        }
      } catch (Throwable t) {
        // Past convert's own handling only JVM errors remain (out of memory): stop everything.
        fatal.compareAndSet(null, t);
      } finally {
        queue.release();
      }
    }

    private void record(Outcome outcome) {
      if (outcome.isFailure()) {
        failed.incrementAndGet();
        try {
          errors.append(outcome);
        } catch (IOException e) {
          stoppedBy.compareAndSet(
              null,
              Outcome.failed(
                  outcome.file(), Reason.OUTPUT, "cannot write " + errors.path() + ": " + e));
        }
        if (outcome.reason().category() == Reason.Category.STOP_BATCH) {
          stoppedBy.compareAndSet(null, outcome);
        }
      } else {
        parsed.incrementAndGet();
      }
      listener.done(outcome);
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "vitae-batch-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
