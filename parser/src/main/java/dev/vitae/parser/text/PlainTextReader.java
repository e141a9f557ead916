package dev.vitae.parser.text;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.PlainLines;
import dev.vitae.parser.internal.TextInput;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code text/plain}. The charset is detected (byte order mark, UTF-16, UTF-8, GB18030, Big5,
 * windows-1252), mojibake is repaired and Unicode cleaned up; then each non-blank line becomes a
 * {@code Line}: blank lines start blocks, leading spaces give the indent, list markers become the
 * list depth, and lines underlined with {@code ===} / {@code ---} become headings. Stateless and
 * thread-safe.
 */
public final class PlainTextReader implements DocumentReader {
  private final ParseLimits limits;

  /** A reader with {@link ParseLimits#DEFAULT}. */
  public PlainTextReader() {
    this(ParseLimits.DEFAULT);
  }

  /** A reader bounded by {@code limits} (bytes, lines, characters per line). */
  public PlainTextReader(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public Set<String> supportedTypes() {
    return Set.of(FormatDetector.PLAIN_TEXT);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Any bytes decode (windows-1252 is the last resort), so this fails only with {@code
   * TOO_LARGE} or {@code IO}; unreadable text yields a "garbled-text" warning, and lines past the
   * limits a "truncated" one. A document of blank lines has no lines.
   */
  @Override
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    LineSink sink = new LineSink(limits);
    String text = TextInput.read(in, source, limits, sink);
    PlainLines.read(text, sink);
    return sink.toDocument(source, 1);
  }
}
