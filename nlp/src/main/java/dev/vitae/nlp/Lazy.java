package dev.vitae.nlp;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value built on first use, once, whichever thread asks first; later calls return it. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private @Nullable T value;

  Lazy(Supplier<T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  // Synchronized rather than double-checked: the callers' work (a CRF pass) dwarfs the lock.
  @Override
  public synchronized T get() {
    if (value == null) {
      value = Objects.requireNonNull(factory.get(), "lazy value");
    }
    return value;
  }

  /** Whether the value has been built. */
  synchronized boolean isLoaded() {
    return value != null;
  }
}
