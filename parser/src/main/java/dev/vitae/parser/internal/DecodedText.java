package dev.vitae.parser.internal;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, and the charset it was decoded with.
 *
 * @param text the text, without a byte order mark
 * @param charset the charset the bytes were decoded with
 */
public record DecodedText(String text, Charset charset) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
