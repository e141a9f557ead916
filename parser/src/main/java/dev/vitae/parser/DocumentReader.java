package dev.vitae.parser;

import java.io.InputStream;
import java.util.Set;

/** Reads one family of formats into a {@link TextDocument}. Implementations are thread-safe. */
public interface DocumentReader {

  /** Media types (as Tika names them, without parameters) this reader accepts. */
  Set<String> supportedTypes();

  /**
   * Reads the document.
   *
   * @param in the document's bytes; the caller closes it, the reader does not
   * @param source the document's name, detected type and digest, used for messages and carried into
   *     the result
   * @throws DocumentException with a {@link Reason} when the bytes are not a readable document of
   *     this format (corrupt, encrypted, no text, over a limit)
   */
  TextDocument read(InputStream in, Source source) throws DocumentException;
}
