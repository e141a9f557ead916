package dev.vitae.cli.batch;

import dev.vitae.convert.Conversion;
import dev.vitae.parser.ParseLimits;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-document bounds of a run: how long one document may take, and the parser's limits.
 *
 * @param timeout how long reading and extracting one document may take before it fails with {@link
 *     dev.vitae.parser.Reason#TIMEOUT}; null for no limit
 * @param parse the limits handed to every reader
 * @param failOverPages whether a document with more pages than {@code parse.maxPages()} fails with
 *     {@link dev.vitae.parser.Reason#TOO_LARGE}, rather than being read up to that page with a
 *     {@code truncated} warning (the default)
 */
public record Limits(@Nullable Duration timeout, ParseLimits parse, boolean failOverPages) {
  /** One minute per document and the parser's default limits, truncating long documents. */
  public static final Limits DEFAULT =
      new Limits(Duration.ofMinutes(1), ParseLimits.DEFAULT, false);

  /**
   * The timeout of a run that has one.
   *
   * @throws IllegalStateException when the run has no timeout
   */
  public Duration requireTimeout() {
    if (timeout == null) {
      throw new IllegalStateException("this run has no timeout");
    }
    return timeout;
  }

  /**
   * {@code conversion}, or a {@code too-large} failure when this run fails documents over the page
   * limit and it has more pages (the readers stop at the limit either way).
   */
  public Conversion checkPages(Conversion conversion) {
    return failOverPages ? conversion.withinPages(parse.maxPages()) : conversion;
  }

  /**
   * Checks the timeout.
   *
   * @throws IllegalArgumentException when the timeout is zero or negative
   */
  public Limits {
    Objects.requireNonNull(parse, "parse");
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }
}
