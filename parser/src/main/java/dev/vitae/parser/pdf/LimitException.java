package dev.vitae.parser.pdf;

import java.io.IOException;

/**
 * A bound on what one document may make the reader allocate was reached; the read fails with {@code
 * too-large}. An {@link IOException} so that it passes through PDFBox's content-stream engine,
 * which rethrows what it does not know.
 */
final class LimitException extends IOException {
  private static final long serialVersionUID = 1L;

  LimitException(String message) {
    super(message);
  }
}
