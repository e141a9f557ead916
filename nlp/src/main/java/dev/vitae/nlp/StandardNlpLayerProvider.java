package dev.vitae.nlp;

import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpLayerProvider;

/**
 * {@link NlpModels#standard()} as a service, so that front ends without a compile-time dependency
 * on this module (the Beam job) find the layer when this jar is on their class path.
 */
public final class StandardNlpLayerProvider implements NlpLayerProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public StandardNlpLayerProvider() {}

  /**
   * {@link NlpModels#standard()}.
   *
   * @throws IllegalStateException when a model is missing from the class path
   */
  @Override
  public NlpLayer create() {
    return NlpModels.standard();
  }
}
