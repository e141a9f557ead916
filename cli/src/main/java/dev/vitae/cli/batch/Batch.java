package dev.vitae.cli.batch;

import dev.vitae.convert.Conversion;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;

/**
 * Converts every file under a folder to {@code OUT_DIR/<relative path>.json} on a pool of threads
 * sharing one {@link ResumeConverter}. The folder is walked as files are converted and at most one
 * file per thread is in flight, so memory stays flat however many files there are.
 *
 * <p>The batch is resumable: each finished file is recorded in {@link Manifest} after its output
 * was renamed into place, so a run killed at any moment and started again skips what is done and
 * unchanged (same size and modification time, or same SHA-256) and redoes the rest; every output is
 * whole. Temporary files live in {@code OUT_DIR/.vitae-tmp/}, emptied at the start of each run.
 *
 * <p>A failed file becomes a line of {@code errors.jsonl} and the batch goes on, unless its output
 * cannot be written ({@link Outcome.Status#UNWRITTEN}, code {@code output}): then no further file
 * is started. A file that takes longer than the timeout fails as {@link Reason#TIMEOUT} and its
 * thread is abandoned (see {@link WorkerPool}). Hidden files and folders, {@code OUT_DIR} itself
 * and symbolic links that lead out of the folder (or to folders) are skipped.
 */
public final class Batch {
  /** The folder of temporary outputs in the output folder, emptied at the start of each run. */
  public static final String TEMP_DIR = ".vitae-tmp";

  private final ResumeConverter converter;
  private final Settings settings;
  // The run in progress, for a summary when the process is stopped by a signal.
  private final AtomicReference<@Nullable Run> current = new AtomicReference<>();

  /**
   * How a batch runs.
   *
   * @param threads how many files are converted at once, at least 1
   * @param pretty whether outputs are indented rather than one line each
   * @param limits per-document time and size limits
   * @param force whether files recorded as done are converted again
   * @param redaction the redaction the converter applies ({@code personal}, {@code schools}), or
   *     null: a file recorded as done under another redaction is converted again
   */
  public record Settings(
      int threads, boolean pretty, Limits limits, boolean force, @Nullable String redaction) {
    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Settings {
      Objects.requireNonNull(limits, "limits");
      if (threads < 1) {
        throw new IllegalArgumentException("threads < 1: " + threads);
      }
    }

    /** Settings of a batch whose outputs are not redacted. */
    public Settings(int threads, boolean pretty, Limits limits, boolean force) {
      this(threads, pretty, limits, force, null);
    }
  }

  /**
   * A batch runner.
   *
   * @param converter shared by every thread; bounded here by {@code settings.limits()}
   */
  public Batch(ResumeConverter converter, Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.converter =
        Objects.requireNonNull(converter, "converter").withLimits(settings.limits().parse());
  }

  /** A batch with default limits that skips nothing done before. */
  public Batch(ResumeConverter converter, int threads, boolean pretty) {
    this(converter, new Settings(threads, pretty, Limits.DEFAULT, false));
  }

  /**
   * Hears of a batch's progress. Called from the walking thread and from worker threads at once, so
   * implementations must be thread-safe; they must not throw.
   */
  public interface Listener {
    /** Another file was found; {@code count} files have been found so far. */
    default void found(long count) {}

    /** A file was converted, found unchanged, or failed. */
    default void done(Outcome outcome) {}
  }

  /**
   * What a batch did.
   *
   * @param tally counts by outcome, failures by reason and the outputs' field fill rates
   * @param stoppedBy the failure that stopped the batch early, or null when every file found was
   *     converted or failed on its own
   * @param errorLog where failures were written, or null when nothing failed
   */
  public record Summary(
      Tally tally, @Nullable Outcome stoppedBy, @Nullable Path errorLog, Duration elapsed) {
    public Summary {
      Objects.requireNonNull(tally, "tally");
      Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Files converted in this run. */
    public long parsed() {
      return tally.parsed();
    }

    /** Files skipped because an earlier run did them and they have not changed. */
    public long unchanged() {
      return tally.unchanged();
    }

    /** Files that failed in this run. */
    public long failed() {
      return tally.failed();
    }

    /** Files converted or failed in this run (unchanged ones and those after a stop excluded). */
    public long files() {
      return parsed() + failed();
    }

    /** Whether every file found is now a JSON Resume. */
    public boolean allParsed() {
      return failed() == 0 && stoppedBy == null;
    }

    /** Files converted or failed per second of this run. */
    public double docsPerSecond() {
      return files() / Math.max(elapsed.toNanos() / 1e9, 1e-3);
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
   * Converts every included regular file under {@code inDir} that is not recorded as done. Per-file
   * failures never throw: they are counted, recorded in the manifest and logged to {@code
   * outDir/errors.jsonl} (deleted first, so a rerun starts a new log). An output left by an earlier
   * run for a file that now fails is deleted.
   *
   * @param include tested against each file's path relative to {@code inDir}
   * @throws IOException when {@code outDir} cannot be created or written ({@link
   *     OutputUnwritable}), its manifest is held by another batch ({@link Manifest.Busy}), or
   *     {@code inDir} cannot be walked
   * @throws InterruptedException when the calling thread is interrupted; workers are stopped
   */
  public Summary run(Path inDir, Path outDir, Predicate<Path> include, Listener listener)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Run run;
    try (Manifest manifest = openOutput(outDir)) {
      Path temp = outDir.resolve(TEMP_DIR);
      ErrorLog log;
      try {
        clear(temp);
        log = ErrorLog.in(outDir);
      } catch (IOException e) {
        throw new OutputUnwritable(outDir, e);
      }
      try (ErrorLog errors = log;
          WorkerPool pool =
              new WorkerPool(settings.threads(), settings.limits().timeout(), settings.threads())) {
        run = new Run(inDir, outDir, temp, include, listener, manifest, errors, pool);
        current.set(run);
        run.walk();
      } finally {
        current.set(null);
        clear(temp);
        Files.deleteIfExists(temp);
      }
    }
    Throwable fatal = run.fatal();
    if (fatal instanceof Error error) {
      throw error;
    } else if (fatal != null) {
      throw new IllegalStateException("a batch worker failed", fatal);
    }
    return new Summary(
        run.tally,
        run.stoppedBy.get(),
        run.tally.failed() > 0 ? outDir.resolve(ErrorLog.FILE_NAME) : null,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * What the run in progress has done so far (for a summary when the process is told to stop), or
   * empty when no run is in progress.
   */
  public Optional<Summary> progress() {
    Run run = current.get();
    if (run == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Summary(
            run.tally,
            run.stoppedBy.get(),
            run.tally.failed() > 0 ? run.outDir.resolve(ErrorLog.FILE_NAME) : null,
            Duration.ofNanos(System.nanoTime() - run.start)));
  }

  /**
   * The output folder cannot be created or written (its manifest, error log or temporary files).
   */
  public static final class OutputUnwritable extends IOException {
    private static final long serialVersionUID = 1L;

    OutputUnwritable(Path outDir, IOException cause) {
      super(
          "cannot write to " + FileNames.shown(outDir) + ": " + IoMessages.describe(cause), cause);
    }
  }

  private static Manifest openOutput(Path outDir) throws IOException {
    try {
      Files.createDirectories(outDir);
      return Manifest.open(outDir);
    } catch (Manifest.Busy e) {
      throw e;
    } catch (IOException e) {
      throw new OutputUnwritable(outDir, e);
    }
  }

  /**
   * Converts one file and writes its output atomically, without a timeout or the manifest. Never
   * throws for a bad document, a bug in extraction (reported as {@link Reason#INTERNAL}) or an
   * output that cannot be written (reported as {@link Outcome.Status#UNWRITTEN}).
   *
   * @param relative the name used in the output and in messages
   */
  public Outcome convert(Path file, Path relative, Path target) {
    Conversion conversion = convert(file, relative);
    if (!conversion.isParsed()) {
      return deleteStale(target, Outcome.failed(relative, conversion.requireFailure()));
    }
    try {
      AtomicFiles.write(target, json(conversion.requireResume()));
      return Outcome.parsed(relative);
    } catch (IOException e) {
      return deleteStale(
          target, Outcome.unwritten(relative, "cannot write output: " + IoMessages.describe(e)));
    }
  }

  // The shared step, named as in the output; with --max-pages a longer document fails.
  private Conversion convert(Path file, Path relative) {
    String name = ErrorLog.slashed(relative);
    return ConversionLog.timed(
        relative,
        () ->
            settings.limits().checkPages(Conversion.of(name, () -> converter.convert(file, name))));
  }

  /**
   * Checks that every folder between {@code outDir} and {@code target} is a folder or missing,
   * never a symbolic link: an output is written (or deleted) only under the output folder.
   *
   * @throws IOException naming the link when one is on the way
   */
  static void requireNoLinks(Path outDir, Path target) throws IOException {
    Path relative = outDir.relativize(target);
    Path at = outDir;
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      at = at.resolve(relative.getName(i));
      if (Files.isSymbolicLink(at)) {
        throw new IOException(
            FileNames.shown(at) + " is a symbolic link; outputs are not written through links");
      }
    }
  }

  private String json(Resume resume) {
    return (settings.pretty() ? ResumeJson.writePretty(resume) : ResumeJson.write(resume)) + "\n";
  }

  // An output from an earlier run must not pass for this run's result.
  private static Outcome deleteStale(Path target, Outcome outcome) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    return deleteStale(parent == null ? absolute : parent, absolute, outcome);
  }

  // The same, deleting nothing through a link between `outDir` and `target`.
  private static Outcome deleteStale(Path outDir, Path target, Outcome outcome) {
    try {
      requireNoLinks(outDir, target);
      Files.deleteIfExists(target);
    } catch (IOException e) {
      // The failure is already reported; a stale file that cannot be deleted changes nothing.
    }
    return outcome;
  }

  // Temporary files of a killed run: never outputs, so they are simply deleted.
  private static void clear(Path temp) throws IOException {
    if (!Files.isDirectory(temp)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  // The hash the parser took of the bytes it read, or null for a failed document.
  private static @Nullable String sourceSha256(Resume resume) {
    if (resume == null || resume.meta() == null || resume.meta().vitae() == null) {
      return null;
    }
    VitaeMeta.SourceMeta source = resume.meta().vitae().source();
    return source == null ? null : source.sha256();
  }

  /** SHA-256 of a file in hex, or null when it cannot be read. */
  public static @Nullable String sha256(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      return null; // the conversion reports the file as unreadable
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** What the worker made of one file; written out by the same thread unless it timed out. */
  private record Work(
      @Nullable Conversion conversion,
      @Nullable String json,
      @Nullable String sha256,
      boolean unchanged) {}

  /** One file found by the walk. */
  private record Found(Path file, Path relative, String name, long size, long mtime, Path target) {}

  /** The state of one run. */
  private final class Run implements FileVisitor<Path> {
    final Path inDir;
    final Path outDir;
    final Path temp;
    final Predicate<Path> include;
    final Listener listener;
    final Manifest manifest;
    final ErrorLog errors;
    final WorkerPool pool;
    final Path realIn;
    final Path realOut;
    final Tally tally = new Tally();
    final AtomicLong found = new AtomicLong();
    final AtomicReference<Outcome> stoppedBy = new AtomicReference<>();
    final long start = System.nanoTime();

    Run(
        Path inDir,
        Path outDir,
        Path temp,
        Predicate<Path> include,
        Listener listener,
        Manifest manifest,
        ErrorLog errors,
        WorkerPool pool)
        throws IOException {
      this.inDir = inDir;
      this.outDir = outDir;
      this.temp = temp;
      this.include = Objects.requireNonNull(include, "include");
      this.listener = Objects.requireNonNull(listener, "listener");
      this.manifest = manifest;
      this.errors = errors;
      this.pool = pool;
      this.realIn = inDir.toRealPath();
      this.realOut = outDir.toRealPath();
    }

    void walk() throws IOException, InterruptedException {
      Files.walkFileTree(inDir, this);
      pool.awaitSettled();
    }

    @Nullable Throwable fatal() {
      return pool.failure();
    }

    boolean stopped() {
      return stoppedBy.get() != null || fatal() != null;
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
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (stopped()) {
        return FileVisitResult.TERMINATE;
      }
      Path relative = inDir.relativize(file);
      if (hidden(file) || !include.test(relative)) {
        return FileVisitResult.CONTINUE;
      }
      BasicFileAttributes real = convertible(file, attrs);
      if (real == null) {
        return FileVisitResult.CONTINUE;
      }
      listener.found(found.incrementAndGet());
      Found doc =
          new Found(
              file,
              relative,
              ErrorLog.slashed(relative),
              real.size(),
              real.lastModifiedTime().toMillis(),
              FileNames.target(file, outDir, relative));
      Manifest.Entry before = settings.force() ? null : manifest.find(doc.name()).orElse(null);
      if (done(before, doc) && before.mtime() == doc.mtime()) {
        record(Outcome.unchanged(relative), null);
        return FileVisitResult.CONTINUE;
      }
      try {
        pool.submit(
            () -> work(doc, before), work -> finish(doc, before, work), () -> timedOut(doc));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FileVisitResult.TERMINATE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(inDir)) {
        throw e;
      }
      record(Outcome.failed(inDir.relativize(file), Reason.IO, "cannot read: " + e), null);
      return stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
      if (e != null && dir.equals(inDir)) {
        throw e;
      } else if (e != null) {
        record(Outcome.failed(inDir.relativize(dir), Reason.IO, "cannot list: " + e), null);
      }
      return stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    // The attributes of a regular file, or of the file a link inside the tree (and outside
    // OUT_DIR) leads to; null for anything else.
    private @Nullable BasicFileAttributes convertible(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        return attrs;
      }
      if (!attrs.isSymbolicLink()) {
        return null;
      }
      try {
        Path real = file.toRealPath();
        if (!real.startsWith(realIn) || real.startsWith(realOut)) {
          return null;
        }
        BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class);
        return target.isRegularFile() ? target : null;
      } catch (IOException e) {
        return null;
      }
    }

    // Whether an earlier run recorded this file as parsed with an output that is still whole.
    @Contract("null, _ -> false")
    private boolean done(Manifest.@Nullable Entry before, Found doc) {
      if (before == null
          || !before.parsed()
          || before.size() != doc.size()
          || !Objects.equals(before.redaction(), settings.redaction())) {
        return false;
      }
      try {
        return before.outputSize() != null && Files.size(doc.target()) == before.outputSize();
      } catch (IOException e) {
        return false;
      }
    }

    // Worker thread, under the timeout.
    private Work work(Found doc, Manifest.@Nullable Entry before) {
      boolean fits = doc.size() <= settings.limits().parse().maxBytes();
      // Hashing reads the whole file: done first only when it may spare the conversion; otherwise
      // the parser's hash of the same bytes is used, and the file is read once.
      if (fits && done(before, doc)) {
        String sha256 = sha256(doc.file());
        if (sha256 != null && sha256.equals(before.sha256())) {
          return new Work(null, null, sha256, true); // touched, not changed
        }
      }
      Conversion conversion = convert(doc.file(), doc.relative());
      Resume resume = conversion.resume();
      String sha256 = resume == null ? null : sourceSha256(resume);
      if (sha256 == null && fits) {
        sha256 = sha256(doc.file());
      }
      return new Work(conversion, resume == null ? null : json(resume), sha256, false);
    }

    // Worker thread, after the work finished in time; not timed, so an output is never cut short.
    private void finish(Found doc, Manifest.@Nullable Entry before, Work work) {
      Conversion conversion = work.conversion();
      if (work.unchanged() || conversion == null) {
        append(
            doc,
            work.sha256(),
            Outcome.unchanged(doc.relative()),
            before == null ? null : before.outputSize());
        record(Outcome.unchanged(doc.relative()), null);
        return;
      }
      Outcome outcome =
          conversion.findFailure().map(f -> Outcome.failed(doc.relative(), f)).orElse(null);
      Long outputSize = null;
      String json = work.json();
      if (outcome == null && json != null) {
        try {
          byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
          requireNoLinks(outDir, doc.target());
          AtomicFiles.write(doc.target(), json, temp);
          outputSize = (long) bytes.length;
          outcome = Outcome.parsed(doc.relative());
        } catch (IOException e) {
          outcome =
              Outcome.unwritten(doc.relative(), "cannot write output: " + IoMessages.describe(e));
        }
      }
      if (outcome == null) {
        throw new IllegalStateException("a conversion with neither a resume nor a failure");
      }
      if (outcome.isFailure()) {
        deleteStale(outDir, doc.target(), outcome);
      }
      append(doc, work.sha256(), outcome, outputSize);
      record(outcome, conversion.resume());
    }

    // Watchdog thread: the worker is abandoned and will write nothing.
    private void timedOut(Found doc) {
      Outcome outcome = Outcome.timedOut(doc.relative(), settings.limits().requireTimeout());
      deleteStale(outDir, doc.target(), outcome);
      append(doc, null, outcome, null);
      record(outcome, null);
    }

    private void append(
        Found doc, @Nullable String sha256, Outcome outcome, @Nullable Long outputSize) {
      boolean parsed = !outcome.isFailure();
      try {
        manifest.append(
            new Manifest.Entry(
                doc.name(),
                doc.size(),
                doc.mtime(),
                sha256,
                parsed ? Manifest.Entry.PARSED : Manifest.Entry.FAILED,
                parsed ? null : outcome.code(),
                parsed ? outputSize : null,
                parsed ? ErrorLog.slashed(outDir.relativize(doc.target())) : null,
                parsed ? settings.redaction() : null));
      } catch (IOException e) {
        stoppedBy.compareAndSet(
            null,
            Outcome.unwritten(
                doc.relative(),
                "cannot write "
                    + FileNames.shown(manifest.path())
                    + ": "
                    + IoMessages.describe(e)));
      }
    }

    private void record(Outcome outcome, @Nullable Resume resume) {
      if (outcome.isFailure()) {
        tally.addFailed(outcome);
        try {
          errors.append(outcome);
        } catch (IOException e) {
          stoppedBy.compareAndSet(
              null,
              Outcome.unwritten(
                  outcome.file(),
                  "cannot write "
                      + FileNames.shown(errors.path())
                      + ": "
                      + IoMessages.describe(e)));
        }
        if (outcome.stopsBatch()) {
          stoppedBy.compareAndSet(null, outcome);
        }
      } else if (outcome.status() == Outcome.Status.UNCHANGED) {
        tally.addUnchanged();
      } else {
        tally.addParsed(resume);
      }
      listener.done(outcome);
    }
  }
}
