package dev.vitae.cli.batch;

import dev.vitae.convert.Failure;
import dev.vitae.parser.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input file. A parsed file has no reason and no message; a failed one has both;
 * an unwritten one has a message only. The message names what went wrong, never the document's
 * content.
 *
 * @param file the input as the user knows it: relative to the batch root, or as given to {@code
 *     parse} ({@code -} for stdin)
 */
public record Outcome(Path file, Status status, @Nullable Reason reason, @Nullable String message) {

  /** Whether the file became a JSON Resume. */
  public enum Status {
    PARSED,
    /** Done by an earlier run of a resumable batch and unchanged since: not read again. */
    UNCHANGED,
    /** The document failed for a {@link Reason}; a batch skips it and goes on. */
    FAILED,
    /**
     * Its output (or the batch's manifest or error log) could not be written: the disk is full or
     * the folder unwritable, so a batch stops. Reported with the code {@value #OUTPUT_CODE}.
     */
    UNWRITTEN
  }

  /** The code of an {@link Status#UNWRITTEN} outcome in error reports and the manifest. */
  public static final String OUTPUT_CODE = "output";

  /**
   * Checks that the fields agree with the status.
   *
   * @throws IllegalArgumentException when an outcome that did not fail carries a reason or a
   *     message, a failed one lacks either, or an unwritten one has a reason or lacks a message
   */
  public Outcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    if ((status == Status.FAILED) != (reason != null)) {
      throw new IllegalArgumentException("a failed outcome, and only one, has a reason");
    }
    if ((status == Status.FAILED || status == Status.UNWRITTEN) != (message != null)) {
      throw new IllegalArgumentException(
          "a failed or unwritten outcome, and only one, has a message");
    }
  }

  /** The file became a JSON Resume. */
  public static Outcome parsed(Path file) {
    return new Outcome(file, Status.PARSED, null, null);
  }

  /** The file was done by an earlier run and has not changed since. */
  public static Outcome unchanged(Path file) {
    return new Outcome(file, Status.UNCHANGED, null, null);
  }

  /** The file failed for {@code reason}; {@code message} must not quote the document. */
  public static Outcome failed(Path file, Reason reason, String message) {
    return new Outcome(file, Status.FAILED, reason, message);
  }

  /**
   * The file's output, or a record of the batch about it, could not be written; the batch stops.
   */
  public static Outcome unwritten(Path file, String message) {
    return new Outcome(file, Status.UNWRITTEN, null, message);
  }

  /** The file was not done within {@code timeout}; its worker was abandoned. */
  public static Outcome timedOut(Path file, Duration timeout) {
    return failed(file, Failure.timedOut(ErrorLog.slashed(file), timeout));
  }

  /** The file did not become a resume, as the shared conversion step described it. */
  public static Outcome failed(Path file, Failure failure) {
    return failed(file, failure.reason(), failure.message());
  }

  /** Whether the file did not end as a JSON Resume in its place: it failed, or was unwritten. */
  public boolean isFailure() {
    return status == Status.FAILED || status == Status.UNWRITTEN;
  }

  /** Whether a batch stops after this outcome: no further file is started. */
  public boolean stopsBatch() {
    return status == Status.UNWRITTEN;
  }

  /**
   * The code written for a failure: its reason's ({@code no-text}), or {@value #OUTPUT_CODE}.
   *
   * @throws IllegalStateException when the outcome is not a failure
   */
  public String code() {
    if (status == Status.UNWRITTEN) {
      return OUTPUT_CODE;
    }
    return requireReason().code();
  }

  /**
   * The reason of a failed outcome.
   *
   * @throws IllegalStateException when the outcome did not fail for a reason of the document's
   */
  public Reason requireReason() {
    if (reason == null) {
      throw new IllegalStateException("a " + status + " outcome has no reason");
    }
    return reason;
  }

  /**
   * The message of a failed or unwritten outcome.
   *
   * @throws IllegalStateException when the outcome is not a failure
   */
  public String requireMessage() {
    if (message == null) {
      throw new IllegalStateException("a " + status + " outcome has no message");
    }
    return message;
  }

  /** The one-line form used on stderr: {@code <file>: <reason-code>: <message>}. */
  public String describe() {
    // File names reach the terminal with their control characters and odd bytes escaped.
    String name = FileNames.shown(file);
    return isFailure()
        ? name + ": " + code() + ": " + FileNames.shown(String.valueOf(message))
        : name + ": " + status.name().toLowerCase(Locale.ROOT);
  }
}
