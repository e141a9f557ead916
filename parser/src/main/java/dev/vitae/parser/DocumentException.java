package dev.vitae.parser;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document could not be read. The message names the file and the reason, never the document's
 * content.
 */
public class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Reason reason;
  private final String file;

  public DocumentException(Reason reason, String file, String message) {
    this(reason, file, message, null);
  }

  public DocumentException(Reason reason, String file, String message, @Nullable Throwable cause) {
    super(file + ": " + reason.code() + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.file = Objects.requireNonNull(file, "file");
  }

  public Reason reason() {
    return reason;
  }

  public String file() {
    return file;
  }
}
