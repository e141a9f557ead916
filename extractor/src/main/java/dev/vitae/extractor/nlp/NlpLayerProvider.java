package dev.vitae.extractor.nlp;

import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where a front end that must not depend on the GPL-3.0 {@code vitae-nlp} module (the Beam job)
 * finds the NLP layer at run time: {@code vitae-nlp} registers one provider in {@code
 * META-INF/services}, so the layer is there exactly when that jar is on the class path. Front ends
 * that depend on {@code vitae-nlp} (the command line) call it directly instead.
 */
public interface NlpLayerProvider {

  /**
   * Builds the layer. Slow (it prepares models, which load on first use); call it once per process
   * and share the layer, which is thread-safe.
   *
   * @throws IllegalStateException when the provider's models are missing from the class path
   */
  NlpLayer create();

  /** The first provider that {@code loader} sees, if any. */
  static Optional<NlpLayerProvider> find(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return ServiceLoader.load(NlpLayerProvider.class, loader).findFirst();
  }
}
