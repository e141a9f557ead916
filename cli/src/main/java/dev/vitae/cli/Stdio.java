package dev.vitae.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The process's stdin and stdout as the command line uses them, honest about failures. {@link
 * System#out} swallows write errors, so a full disk or a closed pipe looked like success: here
 * stdout is the file descriptor itself, and its first error is kept for {@link Main} to report. A
 * descriptor the process was started without (closed with {@code <&-} or {@code >&-}) is reused by
 * the JVM for one of its own files, so reading or writing it would read a JDK file or write into
 * one: such a stream fails instead ({@code stdin is closed}).
 */
final class Stdio {
  private Stdio() {}

  /** Stdin, or a stream that fails with "stdin is closed" when the process was started without. */
  static InputStream stdin() {
    if (!closedAtStart(0)) {
      return System.in;
    }
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("stdin is closed");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("stdin is closed");
      }
    };
  }

  /** A UTF-8 writer on stdout that remembers its first write error. */
  static Out stdout() {
    return new Out(
        new Recording(closedAtStart(1) ? null : new FileOutputStream(FileDescriptor.out)));
  }

  /** A writer on stdout that remembers why it failed. */
  static final class Out extends PrintWriter {
    private final Recording stream;

    private Out(Recording stream) {
      super(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      this.stream = stream;
    }

    /** The first write error, or null. */
    @Nullable IOException failure() {
      return stream.failure;
    }

    /**
     * Whether the reader went away ({@code EPIPE}): {@code head} had enough, not an error to show.
     */
    boolean brokenPipe() {
      IOException failure = stream.failure;
      return failure != null
          && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("broken pipe");
    }
  }

  // Keeps the first IOException of the stream beneath (a null stream: stdout is closed).
  private static final class Recording extends OutputStream {
    private final @Nullable OutputStream out;
    private volatile @Nullable IOException failure;

    Recording(@Nullable OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        if (out == null) {
          throw new IOException("stdout is closed");
        }
        out.write(b, off, len);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }
  }

  // Whether descriptor `fd` was closed when the process started: on Linux it is then missing, or
  // the JVM has reused it for one of its own files (the runtime image, a jar of the class path).
  static boolean closedAtStart(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      Path target = Files.readSymbolicLink(link);
      return isJvmFile(target);
    } catch (NoSuchFileException e) {
      return Files.isDirectory(Path.of("/proc/self/fd"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc: assume open, as every other program does
    }
  }

  private static boolean isJvmFile(Path target) {
    if (!target.isAbsolute()) {
      return false;
    }
    String home = System.getProperty("java.home");
    if (home != null && target.startsWith(Path.of(home))) {
      return true;
    }
    String classPath = System.getProperty("java.class.path", "");
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }
}
