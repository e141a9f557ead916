package dev.vitae.beam;

import dev.vitae.convert.ResumeConverter;
import java.io.Serializable;

/**
 * How a worker builds its {@link ResumeConverter}. The factory travels with the job, so it must be
 * serializable; the converter it builds need not be. {@link ResumeFn} calls it once per instance in
 * {@code @Setup}, never per document.
 */
@FunctionalInterface
public interface ConversionFactory extends Serializable {

  /** Builds a converter; may be slow (it loads rules and models), and must not return null. */
  ResumeConverter create();

  /** {@link ResumeConverter#standard()}: the shipped parser with default limits and the rules. */
  static ConversionFactory standard() {
    return ResumeConverter::standard;
  }
}
