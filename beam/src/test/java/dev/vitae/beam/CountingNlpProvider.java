package dev.vitae.beam;

import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpLayerProvider;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for {@code vitae-nlp}'s provider, registered in this module's test service file: an
 * entity recognizer that finds nothing and counts the texts it was given. Static counters, as the
 * job finds the provider through {@link java.util.ServiceLoader}.
 */
public final class CountingNlpProvider implements NlpLayerProvider {
  static final AtomicInteger LAYERS = new AtomicInteger();
  static final AtomicInteger TEXTS = new AtomicInteger();

  /** Used by {@link java.util.ServiceLoader}. */
  public CountingNlpProvider() {}

  @Override
  public NlpLayer create() {
    LAYERS.incrementAndGet();
    return layer();
  }

  /** A layer like the one {@link #create()} builds, without counting it. */
  static NlpLayer layer() {
    return NlpLayer.of(
        text -> {
          TEXTS.incrementAndGet();
          return List.of();
        },
        null,
        null);
  }
}
