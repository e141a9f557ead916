package dev.vitae.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vitae.parser.Reason;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The batch's {@code errors.jsonl}: one JSON line {@code {"file", "reason", "message"}} per failed
 * file, flushed as it is written so that a killed batch still leaves a readable log. The file is
 * created on the first failure only. Thread-safe.
 */
public final class ErrorLog implements Closeable {
  /** The log's name in the output folder. */
  public static final String FILE_NAME = "errors.jsonl";

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Path path;
  private @Nullable BufferedWriter writer;

  private ErrorLog(Path path) {
    this.path = path;
  }

  /**
   * A log in {@code outDir}; a log left by an earlier run is deleted now, so a rerun starts empty.
   */
  static ErrorLog in(Path outDir) throws IOException {
    Path path = outDir.resolve(FILE_NAME);
    Files.deleteIfExists(path);
    return new ErrorLog(path);
  }

  Path path() {
    return path;
  }

  /** Appends one failed outcome. */
  synchronized void append(Outcome outcome) throws IOException {
    if (!outcome.isFailure()) {
      throw new IllegalArgumentException("only failures are logged");
    }
    if (writer == null) {
      writer =
          Files.newBufferedWriter(
              path,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
    }
    writer.write(line(outcome));
    writer.newLine();
    writer.flush();
  }

  /** The JSON line for a failed outcome, without the line break. */
  static String line(Outcome outcome) {
    return line(slashed(outcome.file()), outcome.code(), outcome.requireMessage());
  }

  /** The JSON line for a failure of a file named as the user gave it, without the line break. */
  static String line(String file, Reason reason, String message) {
    return line(file, reason.code(), message);
  }

  private static String line(String file, String code, String message) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("file", file);
    fields.put("reason", code);
    fields.put("message", message);
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings failed to serialize", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }

  // The same name on every platform, as in meta.vitae.source.file; bytes that are not UTF-8
  // escaped, so that two names never share one record.
  public static String slashed(Path relative) {
    return FileNames.escaped(relative);
  }
}
