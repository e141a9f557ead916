package dev.vitae.cli.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A batch's record of finished documents, {@code OUT_DIR/vitae-manifest.jsonl}: one JSON line per
 * document finished (input path, size, modification time, SHA-256, status, reason, output size),
 * appended as soon as the document is done, so a killed run loses at most the line it was writing:
 * the operating system keeps what a killed process wrote. Lines are forced to disk together, at
 * most every {@value #FORCE_EVERY_MILLIS} ms and on close, so that an operating-system crash costs
 * no more than converting that moment's documents again (a rerun redoes any document whose output
 * is missing or not of the recorded size). On opening, a torn last line is cut off and unreadable
 * lines are ignored; the latest line for a file wins. The manifest is locked while open, so two
 * batches cannot write the same folder at once.
 *
 * <p>Holds the previous runs' entries in memory (one small record per document) and nothing of this
 * run's. Thread-safe.
 */
public final class Manifest implements Closeable {
  /** The manifest's name in the output folder. */
  public static final String FILE_NAME = "vitae-manifest.jsonl";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();
  // Rewritten when this many times more lines than files have piled up over reruns.
  private static final int COMPACT_RATIO = 2;
  // One fdatasync per document held every worker up for most of a millisecond on common disks.
  static final long FORCE_EVERY_MILLIS = 200;
  private static final long FORCE_EVERY_NANOS = FORCE_EVERY_MILLIS * 1_000_000;

  private final Path path;
  private final Map<String, Entry> previous;
  private final FileChannel channel;
  private final FileLock lock;
  private final AtomicLong lastForce = new AtomicLong(System.nanoTime());

  /**
   * One finished document.
   *
   * @param file the input's path relative to the batch root, with slashes, as {@link
   *     FileNames#escaped} records it
   * @param size the input's size in bytes
   * @param mtime the input's modification time in milliseconds since the epoch
   * @param sha256 the input's SHA-256 in hex, or null when it was not read (too large, unreadable)
   * @param status {@code parsed} or {@code failed}
   * @param reason the failure's reason code, or null when parsed
   * @param outputSize the output's size in bytes when parsed, else null
   * @param output the output's path relative to the output folder, with slashes, when parsed
   *     (mostly {@code file + ".json"}; see {@link FileNames#target})
   * @param redaction the redaction of the output when parsed ({@code personal}, {@code schools}),
   *     or null when it was not redacted
   */
  record Entry(
      String file,
      long size,
      long mtime,
      @Nullable String sha256,
      String status,
      @Nullable String reason,
      @Nullable Long outputSize,
      @Nullable String output,
      @Nullable String redaction) {
    static final String PARSED = "parsed";
    static final String FAILED = "failed";

    Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(status, "status");
    }

    /** An entry of an output that was not redacted. */
    Entry(
        String file,
        long size,
        long mtime,
        @Nullable String sha256,
        String status,
        @Nullable String reason,
        @Nullable Long outputSize,
        @Nullable String output) {
      this(file, size, mtime, sha256, status, reason, outputSize, output, null);
    }

    boolean parsed() {
      return PARSED.equals(status);
    }
  }

  /** Another batch is writing the same output folder. */
  public static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(Path outDir) {
      super("another vitae batch is writing " + outDir);
    }
  }

  private Manifest(Path path, Map<String, Entry> previous, FileChannel channel, FileLock lock) {
    this.path = path;
    this.previous = previous;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens (or creates) the manifest of {@code outDir} for appending, after reading what earlier
   * runs recorded.
   *
   * @throws Busy when another batch holds the manifest open
   * @throws IOException when the file cannot be read or written
   */
  static Manifest open(Path outDir) throws IOException {
    Path path = outDir.resolve(FILE_NAME);
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new Busy(outDir);
      }
      Map<String, Entry> previous = new HashMap<>();
      long lines = read(channel, previous);
      if (lines > COMPACT_RATIO * (long) previous.size() + 1000) {
        compact(channel, previous);
      }
      channel.position(channel.size());
      return new Manifest(path, previous, channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  Path path() {
    return path;
  }

  /** What an earlier run recorded last for {@code file} (relative, with slashes). */
  Optional<Entry> find(String file) {
    return Optional.ofNullable(previous.get(file));
  }

  /**
   * Appends one entry; forces the manifest to disk when the last force is {@value
   * #FORCE_EVERY_MILLIS} ms old.
   */
  void append(Entry entry) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(line(entry).getBytes(StandardCharsets.UTF_8));
    synchronized (this) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
    long now = System.nanoTime();
    long last = lastForce.get();
    // Outside the lock, and by one thread: the others go on while it waits for the disk.
    if (now - last >= FORCE_EVERY_NANOS && lastForce.compareAndSet(last, now)) {
      channel.force(false);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      channel.force(false);
      lock.release();
    } finally {
      channel.close();
    }
  }

  static String line(Entry entry) {
    try {
      return MAPPER.writeValueAsString(entry) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest entry failed to serialize", e);
    }
  }

  // Reads every complete line into `into`, cuts a torn last line off, and returns the line count.
  // Through the locked channel only: closing any other descriptor of the file would release the
  // lock (POSIX drops a process's locks on a file when any of its descriptors closes).
  private static long read(FileChannel channel, Map<String, Entry> into) throws IOException {
    long size = channel.size();
    long complete = 0;
    long lines = 0;
    // Bytes, not a Reader: a torn line may end inside a UTF-8 sequence.
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long read = 0;
    while (read < size) {
      buffer.clear();
      int n = channel.read(buffer, read);
      if (n < 0) {
        break;
      }
      buffer.flip();
      while (buffer.hasRemaining() && read < size) {
        byte b = buffer.get();
        read++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        complete = read;
        lines++;
        parse(line.toString(StandardCharsets.UTF_8)).ifPresent(e -> into.put(e.file(), e));
        line.reset();
      }
    }
    if (complete < size) {
      channel.truncate(complete);
      channel.force(false);
    }
    return lines;
  }

  private static Optional<Entry> parse(String line) {
    try {
      Entry entry = MAPPER.readValue(line, Entry.class);
      return entry.file() == null || entry.status() == null ? Optional.empty() : Optional.of(entry);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      // A damaged line only means that document is done again.
      return Optional.empty();
    }
  }

  // Rewrites the file in place with one line per document; a kill mid-way loses only entries.
  private static void compact(FileChannel channel, Map<String, Entry> entries) throws IOException {
    channel.truncate(0);
    channel.position(0);
    for (Entry entry : entries.values()) {
      ByteBuffer bytes = ByteBuffer.wrap(line(entry).getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
    channel.force(false);
  }
}
