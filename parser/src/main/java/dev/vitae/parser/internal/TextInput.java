package dev.vitae.parser.internal;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import java.io.IOException;
import java.io.InputStream;

/** Reads a text document's bytes and turns them into clean text; shared by the text readers. */
public final class TextInput {
  /** Warning: the text held UTF-8 that had been decoded as windows-1252, and it was repaired. */
  public static final String MOJIBAKE_REPAIRED = "mojibake-repaired";

  /** Warning: much of the text is control, private-use or replacement characters. */
  public static final String GARBLED_TEXT = "garbled-text";

  private static final double GARBLED_BELOW = 0.9;

  private TextInput() {}

  /**
   * Reads {@code in} to its end (the caller closes it), decodes it ({@link TextDecoder}), repairs
   * mojibake ({@link Mojibake}) and cleans it ({@link TextNormalizer#clean(String)}). Findings go
   * to {@code sink} as warnings.
   *
   * @throws DocumentException {@link Reason#TOO_LARGE} over {@link ParseLimits#maxBytes()}, {@link
   *     Reason#IO} when the stream fails
   */
  // identity: Mojibake.repair returns its argument when it changed nothing
  @SuppressWarnings("ReferenceEquality")
  public static String read(InputStream in, Source source, ParseLimits limits, LineSink sink)
      throws DocumentException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, source.name(), "cannot read input", e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(
          Reason.TOO_LARGE, source.name(), "over the limit of " + limits.maxBytes() + " bytes");
    }
    String decoded = TextDecoder.decode(bytes).text();
    String repaired = Mojibake.repair(decoded);
    if (repaired != decoded) {
      sink.warn(MOJIBAKE_REPAIRED);
    }
    if (TextDecoder.textShare(repaired) < GARBLED_BELOW) {
      sink.warn(GARBLED_TEXT);
    }
    return TextNormalizer.clean(repaired);
  }
}
