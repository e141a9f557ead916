package dev.vitae.parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An explicit list of readers, looked up by media type. The first reader listed for a type wins. */
public final class Readers {
  private final Map<String, DocumentReader> byType = new LinkedHashMap<>();

  private Readers(List<DocumentReader> readers) {
    for (DocumentReader reader : readers) {
      for (String type : reader.supportedTypes()) {
        byType.putIfAbsent(type, reader);
      }
    }
  }

  public static Readers of(DocumentReader... readers) {
    return new Readers(List.of(readers));
  }

  /** Every reader vitae ships. */
  public static Readers defaults() {
    return of();
  }

  public Optional<DocumentReader> find(String mediaType) {
    return Optional.ofNullable(byType.get(mediaType));
  }

  public java.util.Set<String> supportedTypes() {
    return java.util.Collections.unmodifiableSet(byType.keySet());
  }
}
