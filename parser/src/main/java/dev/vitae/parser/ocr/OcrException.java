package dev.vitae.parser.ocr;

import org.jspecify.annotations.Nullable;

/** OCR of one image failed: the command failed, timed out or could not be started. */
public final class OcrException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  public OcrException(String message, boolean timedOut, @Nullable Throwable cause) {
    super(message, cause);
    this.timedOut = timedOut;
  }

  /** Whether the command was stopped for taking longer than its time limit. */
  public boolean timedOut() {
    return timedOut;
  }
}
