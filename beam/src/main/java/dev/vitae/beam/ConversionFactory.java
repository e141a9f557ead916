package dev.vitae.beam;

import java.io.Serializable;

/**
 * How a worker builds its {@link Conversion}. The factory travels with the job, so it must be
 * serializable; the conversion it builds need not be. {@link ResumeFn} calls it once per instance
 * in {@code @Setup}, never per document.
 */
@FunctionalInterface
public interface ConversionFactory extends Serializable {

  /** Builds a conversion; may be slow (it loads rules and models), and must not return null. */
  Conversion create();

  /** {@link Conversion#standard()}. */
  static ConversionFactory standard() {
    return Conversion::standard;
  }
}
