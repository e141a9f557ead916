package dev.vitae.cli.batch;

import dev.vitae.convert.Conversion;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --verbose}, one debug line per document: its name, its outcome and the time it took;
 * never anything the document says.
 */
public final class ConversionLog {
  private static final Logger LOG = LoggerFactory.getLogger(ConversionLog.class);

  private ConversionLog() {}

  /** Runs one document's conversion and logs how it ended. */
  public static Conversion timed(Path name, Supplier<Conversion> work) {
    long start = System.nanoTime();
    Conversion conversion = work.get();
    if (LOG.isDebugEnabled()) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      LOG.debug(
          "{}: {} in {} ms",
          FileNames.shown(name),
          conversion.isParsed() ? "parsed" : conversion.requireFailure().reason().code(),
          ms);
    }
    return conversion;
  }
}
