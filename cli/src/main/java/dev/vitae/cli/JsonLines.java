package dev.vitae.cli;

import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.Reason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code vitae parse --jsonl} (the pipeline step) and {@code vitae parse FILE FILE…}: documents in,
 * one JSON line per document out, in input order however many threads convert them. A parsed
 * document is its JSON Resume on one line; a failed one is {@code
 * {"error":{"file":…,"reason":…,"message":…}}} on the output stream or on the error stream ({@link
 * ErrorFormat#JSON}), or the line {@code vitae: <file>: <reason>: <message>} on the error stream
 * ({@link ErrorFormat#TEXT}). Nothing else is written to the output stream.
 *
 * <p>Memory stays flat: at most {@code 4 × threads} documents are between being read and being
 * written, however long the input.
 */
final class JsonLines {
  // Longer lines are not paths (PATH_MAX is 4096 on Linux); bounds the memory of one line.
  private static final int MAX_PATH_BYTES = 16 << 10;

  /** How a failed document is written. */
  enum ErrorFormat {
    /** {@code {"error":{"file":…,"reason":…,"message":…}}}, for programs. */
    JSON,
    /** {@code vitae: <file>: <reason>: <message>}, as a single {@code vitae parse} says it. */
    TEXT
  }

  private final ResumeConverter converter;
  private final Limits limits;
  private final ErrorFormat format;
  private final int threads;
  private final PrintWriter out;
  private final PrintWriter errors;
  private final AtomicLong failed = new AtomicLong();
  private final AtomicBoolean broken = new AtomicBoolean();
  private final Map<Long, Line> pending = new HashMap<>();
  private long next;

  /**
   * A run.
   *
   * @param converter bounded by {@code limits.parse()} already
   * @param out where JSON lines go (stdout)
   * @param errors where error lines go: {@code out} itself, or stderr
   * @param format how error lines are written
   */
  JsonLines(
      ResumeConverter converter,
      Limits limits,
      int threads,
      PrintWriter out,
      PrintWriter errors,
      ErrorFormat format) {
    this.converter = Objects.requireNonNull(converter, "converter");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.format = Objects.requireNonNull(format, "format");
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.threads = threads;
    this.out = Objects.requireNonNull(out, "out");
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /** One written line: a resume or an error, and which stream it goes to. */
  private record Line(String text, boolean error) {}

  /**
   * Converts every path listed in {@code paths}, one per line or, with {@code nul}, each ended by a
   * NUL byte as {@code find -print0} writes them (as bytes: a name that is not UTF-8 is taken as it
   * is; blank entries are skipped), and returns the exit code: {@link Main#OK} when all were
   * parsed, else {@link Main#FAILED}.
   *
   * @throws IOException when {@code paths} cannot be read
   */
  int convertPaths(InputStream paths, boolean nul) throws IOException, InterruptedException {
    InputStream in = paths instanceof BufferedInputStream ? paths : new BufferedInputStream(paths);
    return convert(
        () -> {
          for (byte[] entry = readEntry(in, nul ? 0 : '\n');
              entry != null;
              entry = readEntry(in, nul ? 0 : '\n')) {
            // A line may end with \r\n; a NUL-separated name is taken byte for byte.
            if (!nul && entry.length > 0 && entry[entry.length - 1] == '\r') {
              entry = Arrays.copyOf(entry, entry.length - 1);
            }
            String given = new String(entry, StandardCharsets.UTF_8);
            if (given.isBlank()) {
              continue;
            }
            try {
              if (entry.length > MAX_PATH_BYTES) {
                throw new InvalidPathException(
                    "(long)", "longer than " + MAX_PATH_BYTES + " bytes");
              }
              return new Entry(given, FileNames.path(entry));
            } catch (InvalidPathException e) {
              return new Entry(given, null);
            }
          }
          return null;
        });
  }

  /**
   * Converts the files named on the command line, in order, and returns the exit code: {@link
   * Main#OK} when all were parsed, else {@link Main#FAILED}.
   */
  int convertFiles(List<Path> files) throws InterruptedException {
    Iterator<Path> it = files.iterator();
    try {
      return convert(() -> it.hasNext() ? new Entry("", it.next()) : null);
    } catch (IOException e) {
      throw new IllegalStateException("a list cannot fail to be read", e);
    }
  }

  /** A path as given, and the file it names (null: not a valid path). */
  private record Entry(String given, @Nullable Path file) {}

  /** The next entry, or null at the end. */
  @FunctionalInterface
  private interface Entries {
    @Nullable Entry next() throws IOException;
  }

  private int convert(Entries entries) throws IOException, InterruptedException {
    Semaphore window = new Semaphore(4 * threads);
    try (WorkerPool pool = new WorkerPool(threads, limits.timeout(), threads)) {
      long seq = 0;
      for (Entry entry = entries.next(); entry != null && !broken.get(); entry = entries.next()) {
        Path file = entry.file();
        if (file == null) {
          failed.incrementAndGet();
          String given = entry.given();
          String shown = given.length() > 200 ? given.substring(0, 200) + "..." : given;
          String text =
              format == ErrorFormat.JSON
                  ? errorLine(ErrorLog.line(shown, Reason.IO, "not a valid path"))
                  : "vitae: "
                      + FileNames.shown(shown)
                      + ": "
                      + Reason.IO.code()
                      + ": not a valid path";
          put(seq++, new Line(text, true));
          continue;
        }
        window.acquire();
        long mine = seq++;
        submit(pool, mine, () -> Conversion.of(converter, limits, file, file), file, window);
      }
      pool.awaitSettled();
      rethrow(pool.failure());
    }
    return exitCode();
  }

  // One entry's bytes without its separator, null at the end; past MAX_PATH_BYTES only counted.
  private static byte @Nullable [] readEntry(InputStream in, int separator) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b = in.read();
    if (b < 0) {
      return null;
    }
    long length = 0;
    while (b >= 0 && b != separator) {
      if (length++ <= MAX_PATH_BYTES) {
        line.write(b);
      }
      b = in.read();
    }
    return line.toByteArray();
  }

  /**
   * Converts one document read from {@code in} (stdin), named {@code -}, and returns the exit code.
   */
  int convertStream(InputStream in) throws InterruptedException {
    Path name = Path.of("-");
    try (WorkerPool pool = new WorkerPool(1, limits.timeout(), 1)) {
      submit(pool, 0, () -> Conversion.of(converter, limits, in, name), name, new Semaphore(1));
      pool.awaitSettled();
      rethrow(pool.failure());
    }
    return exitCode();
  }

  private void submit(
      WorkerPool pool, long seq, Supplier<Conversion> work, Path name, Semaphore window)
      throws InterruptedException {
    pool.submit(
        () -> {
          Conversion c = work.get();
          // Serialized on the worker: the writer only copies finished lines in order.
          Outcome failure = c.failure();
          return failure != null
              ? error(failure)
              : new Line(ResumeJson.write(c.requireResume()), false);
        },
        line -> {
          put(seq, line);
          window.release();
        },
        () -> {
          put(seq, error(Outcome.timedOut(name, limits.requireTimeout())));
          window.release();
        });
  }

  private Line error(Outcome outcome) {
    failed.incrementAndGet();
    return new Line(
        format == ErrorFormat.JSON
            ? errorLine(ErrorLog.line(outcome))
            : "vitae: " + outcome.describe(),
        true);
  }

  private static String errorLine(String error) {
    return "{\"error\":" + error + "}";
  }

  // Lines arrive in any order; each is written once all lines before it were.
  private synchronized void put(long seq, Line line) {
    pending.put(seq, line);
    boolean wrote = false;
    for (Line ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
      next++;
      if (broken.get()) {
        continue;
      }
      PrintWriter stream = ready.error() ? errors : out;
      // '\n' whatever the platform: JSON lines.
      stream.write(ready.text());
      stream.write('\n');
      wrote = true;
    }
    if (wrote) {
      out.flush();
      errors.flush();
      // Main reports a lost stdout, once; here the run stops reading.
      if (out.checkError()) {
        broken.set(true);
      }
    }
  }

  private int exitCode() {
    return failed.get() == 0 && !broken.get() ? Main.OK : Main.FAILED;
  }

  private static void rethrow(@Nullable Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    } else if (failure != null) {
      throw new IllegalStateException("a worker failed", failure);
    }
  }
}
