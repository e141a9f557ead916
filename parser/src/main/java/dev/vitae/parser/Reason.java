package dev.vitae.parser;

import java.util.Locale;

/**
 * Why a document could not be read. Each is the document's own fault (or a bug on it), so a batch
 * skips the file and goes on; what stops a batch, an output it cannot write, is the batch's concern
 * and not a reason of the parser's.
 */
public enum Reason {
  UNSUPPORTED_FORMAT,
  EMPTY_FILE,
  ENCRYPTED,
  CORRUPT,
  TOO_LARGE,
  NO_TEXT,
  TIMEOUT,
  INTERNAL,
  /** The input could not be read (vanished, unreadable). */
  IO;

  /** The reason code as written in error reports: lower case with dashes ({@code no-text}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
