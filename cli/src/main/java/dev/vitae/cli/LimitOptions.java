package dev.vitae.cli;

import dev.vitae.cli.batch.Limits;
import dev.vitae.parser.ParseLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --timeout}, {@code --max-bytes}, {@code --max-memory}, {@code --max-pages} and {@code
 * --ocr} options shared by {@code parse} and {@code batch} (a picocli mixin).
 */
final class LimitOptions {
  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description =
          "Time one document may take, e.g. 30s, 500ms, 2m (default: 1m; 0 for none). A document"
              + " past it fails as 'timeout' and its thread is abandoned.")
  private Duration timeout = Limits.DEFAULT.requireTimeout();

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Larger files fail as 'too-large', e.g. 10M, 500k (default: 50M).")
  private long maxBytes = ParseLimits.DEFAULT.maxBytes();

  @Option(
      names = "--max-memory",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Memory one document may allocate while it is read and extracted, e.g. 512M, 2G"
              + " (default: 512M); past it the document fails as 'too-large'. Where the JVM cannot"
              + " count it (not HotSpot), there is no such budget.")
  private long maxMemory = ParseLimits.DEFAULT.maxMemory();

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description =
          "Documents with more pages fail as 'too-large' (default: read the first 50 pages and"
              + " warn 'truncated').")
  private Integer maxPages;

  @Option(
      names = "--ocr",
      description =
          "Read PDF pages whose text layer is missing or garbled with a local tesseract"
              + " (tesseract-ocr with chi_sim and eng data); off by default.")
  private boolean ocr;

  /** Whether OCR of unusable PDF pages was asked for. */
  boolean ocr() {
    return ocr;
  }

  /**
   * The limits the options describe.
   *
   * @throws IllegalArgumentException when a value is out of range (for a usage error)
   */
  Limits limits() {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-bytes must be positive");
    }
    if (maxMemory <= 0) {
      throw new IllegalArgumentException("--max-memory must be positive");
    }
    if (maxPages != null && maxPages <= 0) {
      throw new IllegalArgumentException("--max-pages must be positive");
    }
    ParseLimits defaults = ParseLimits.DEFAULT;
    ParseLimits parse =
        new ParseLimits(
            maxBytes,
            maxPages == null ? defaults.maxPages() : maxPages,
            defaults.maxLines(),
            defaults.maxLineChars(),
            maxMemory);
    return new Limits(timeout.isZero() ? null : timeout, parse, maxPages != null);
  }

  /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1.5s}; a bare number is seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("not a duration: '" + value + "' (try 30s or 500ms)");
      }
      double amount = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      double millis =
          switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1_000;
          };
      if (millis > Long.MAX_VALUE / 2.0) {
        throw new TypeConversionException("duration too long: '" + value + "'");
      }
      return Duration.ofMillis(Math.round(millis));
    }
  }

  /** {@code 500k}, {@code 10M}, {@code 1G} (powers of 1024); a bare number is bytes. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,15})([kmg]?)b?");

    @Override
    public Long convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("not a size: '" + value + "' (try 10M or 500k)");
      }
      long amount = Long.parseLong(m.group(1));
      int shift =
          switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
          };
      try {
        return Math.multiplyExact(amount, 1L << shift);
      } catch (ArithmeticException e) {
        throw new TypeConversionException("size too large: '" + value + "'");
      }
    }
  }
}
