package dev.vitae.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why one document did not become a resume, as every front end reports it: the file's name, a
 * {@link Reason} and a message that names what went wrong, never the document's content (the
 * factories make sure of it: a bug is described by its type and where it was thrown, not by its
 * message).
 *
 * @param file the document's name as the caller gave it
 * @param reason why it failed
 * @param message what went wrong, without the file name and reason code
 */
public record Failure(String file, Reason reason, String message) {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Checks that every field is present. */
  public Failure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** The document could not be read: the exception's reason and its message without its prefix. */
  public static Failure of(String file, DocumentException e) {
    // The exception's message repeats the file and reason code; keep only what follows them.
    String message = String.valueOf(e.getMessage());
    String prefix = e.file() + ": " + e.reason().code() + ": ";
    return new Failure(
        file,
        e.reason(),
        message.startsWith(prefix) ? message.substring(prefix.length()) : message);
  }

  /**
   * Extraction (or a reader) broke on this document: a bug, reported as {@link Reason#INTERNAL}
   * with {@link #describe(Throwable)}, never the exception's message, which may quote the document.
   */
  public static Failure internal(String file, Throwable bug) {
    return new Failure(file, Reason.INTERNAL, "unexpected " + describe(bug));
  }

  /** The JVM ran out of memory on this document: {@link Reason#TOO_LARGE}. */
  public static Failure outOfMemory(String file) {
    return new Failure(file, Reason.TOO_LARGE, "ran out of memory reading it");
  }

  /** The document has more pages than a caller that fails long documents accepts. */
  public static Failure overPages(String file, int pages, int maxPages) {
    return new Failure(file, Reason.TOO_LARGE, pages + " pages, over the limit of " + maxPages);
  }

  /** The document was not done within {@code timeout}; whoever ran it gave up on it. */
  public static Failure timedOut(String file, Duration timeout) {
    return new Failure(
        file,
        Reason.TIMEOUT,
        String.format(Locale.ROOT, "not done after %.1f s", timeout.toMillis() / 1e3));
  }

  /**
   * An exception's simple type name and first stack frame ({@code IllegalStateException at
   * a.B.c:12}), without its message, which may quote input.
   */
  public static String describe(Throwable bug) {
    StringBuilder sb = new StringBuilder(bug.getClass().getSimpleName());
    StackTraceElement[] frames = bug.getStackTrace();
    if (frames.length > 0) {
      StackTraceElement top = frames[0];
      sb.append(" at ")
          .append(top.getClassName())
          .append('.')
          .append(top.getMethodName())
          .append(':')
          .append(top.getLineNumber());
    }
    return sb.toString();
  }

  /** The one-line form for a log or a terminal: {@code <file>: <reason-code>: <message>}. */
  public String describe() {
    return file + ": " + reason.code() + ": " + message;
  }

  /**
   * The JSON line {@code {"file","reason","message"}} without its line break, the reason as its
   * code ({@code no-text}): what {@code vitae batch} writes to {@code errors.jsonl} and the Beam
   * job to its dead letters.
   */
  public String toJson() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("file", file);
    fields.put("reason", reason.code());
    fields.put("message", message);
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings failed to serialize", e);
    }
  }
}
