package dev.vitae.extractor.redact;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What one redaction removed, by kind. Not thread-safe: one per resume. */
final class Counts {
  private final EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);

  void add(RedactionKind kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** The counts by key for {@code meta.vitae.redactions}: every kind checked, in enum order. */
  Map<String, Integer> byKey(Set<RedactionKind> checked) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (RedactionKind kind : RedactionKind.values()) {
      if (checked.contains(kind)) {
        out.put(kind.key(), counts.getOrDefault(kind, 0));
      }
    }
    return out;
  }
}
