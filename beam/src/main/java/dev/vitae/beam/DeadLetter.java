package dev.vitae.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A file the job could not convert, written as one JSON line {@code {"file", "reason", "message"}}:
 * the same line {@code vitae batch} writes to {@code errors.jsonl}. The message names what went
 * wrong, never the document's content.
 *
 * @param file the file's name relative to the input root
 */
public record DeadLetter(String file, Reason reason, String message) {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Checks that every field is present. */
  public DeadLetter {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** The file could not be read as a document: the exception's reason and its bare message. */
  public static DeadLetter of(String file, DocumentException e) {
    // The exception's message repeats the file and reason code; keep only what follows them.
    String message = String.valueOf(e.getMessage());
    String prefix = e.file() + ": " + e.reason().code() + ": ";
    String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return new DeadLetter(file, e.reason(), detail);
  }

  /**
   * Extraction (or a reader) broke on this file: a bug, reported as {@link Reason#INTERNAL} with
   * the exception type and where it was thrown, but not its message, which may quote the document.
   */
  public static DeadLetter internal(String file, Throwable bug) {
    StringBuilder sb = new StringBuilder("unexpected ").append(bug.getClass().getSimpleName());
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
    return new DeadLetter(file, Reason.INTERNAL, sb.toString());
  }

  /** The JSON line, without the line break; the reason is written as its code ({@code no-text}). */
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
