package dev.vitae.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** Writes files so that readers see either the old content or the whole new one, never a part. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code text} as UTF-8 to {@code target}, creating missing parent directories: first to a
   * hidden temporary file in the same directory, then renamed over the target.
   *
   * @throws IOException when the directory or the file cannot be written; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    write(
        absolute,
        text,
        Objects.requireNonNull(absolute.getParent(), "a file path has a parent"),
        "." + absolute.getFileName() + ".");
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target} like {@link #write(Path, String)}, but with the
   * temporary file in {@code tempDir}, which must be on the same file system: a batch keeps every
   * temporary file in one folder so that a killed run leaves none beside its outputs.
   */
  static void write(Path target, String text, Path tempDir) throws IOException {
    write(target.toAbsolutePath(), text, tempDir.toAbsolutePath(), "");
  }

  private static void write(Path absolute, String text, Path tempDir, String prefix)
      throws IOException {
    Files.createDirectories(absolute.getParent());
    Files.createDirectories(tempDir);
    // A fresh name opened with CREATE_NEW keeps the umask's permissions, unlike createTempFile.
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path temp = tempDir.resolve(prefix + suffix + ".tmp");
    try {
      Files.write(
          temp,
          text.getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
