package dev.vitae.extractor.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects, on one thread and only when asked, the header parts the extractor cut: the trainer's
 * view of what the model will be asked about. Costs one thread-local read per header otherwise.
 */
public final class PartLog {
  private static final ThreadLocal<@Nullable List<Header>> LOG = new ThreadLocal<>();

  private PartLog() {}

  /** Runs {@code work} and returns it with the headers it cut, in order. */
  public static <T> Logged<T> collect(Supplier<T> work) {
    List<Header> log = new ArrayList<>();
    LOG.set(log);
    try {
      return new Logged<>(work.get(), log);
    } finally {
      LOG.remove();
    }
  }

  /** Whether a collection is running on this thread. */
  public static boolean collecting() {
    return LOG.get() != null;
  }

  /**
   * Records one header's parts and the roles the word rules gave them, when a collection is running
   * on this thread.
   */
  public static void record(List<HeaderPart> parts, List<PartRole> rules) {
    List<Header> log = LOG.get();
    if (log != null) {
      log.add(new Header(List.copyOf(parts), List.copyOf(rules)));
    }
  }

  /** One header's parts and their roles by the word rules. */
  public record Header(List<HeaderPart> parts, List<PartRole> rules) {}

  /** A result and the headers cut while it was made. */
  public record Logged<T>(T value, List<Header> headers) {}
}
