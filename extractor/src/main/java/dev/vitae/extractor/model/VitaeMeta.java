package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vitae.extractor.nlp.Decision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Provenance of one output: which parser wrote it, from what, and what it could not find.
 *
 * @param fields how the NLP layer decided each field it consulted, keyed by JSON path ({@code
 *     basics.name}, {@code work[2].name}); empty when the layer is off
 * @param warnings soft findings ("no work section found", "garbled-text"), never content
 * @param redactions what a {@code Redactor} removed, counted by kind ({@code name}, {@code email},
 *     {@code gender}, …), never the values; empty when the output was not redacted
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VitaeMeta(
    @Nullable String parser,
    @Nullable SourceMeta source,
    Map<String, Decision> fields,
    List<String> warnings,
    Map<String, Integer> redactions) {
  public VitaeMeta {
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    redactions =
        redactions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(redactions));
  }

  /** Provenance of an output that was not redacted. */
  public VitaeMeta(
      @Nullable String parser,
      @Nullable SourceMeta source,
      Map<String, Decision> fields,
      List<String> warnings) {
    this(parser, source, fields, warnings, Map.of());
  }

  /** Provenance without field decisions (the rules alone). */
  public VitaeMeta(String parser, SourceMeta source, List<String> warnings) {
    this(parser, source, Map.of(), warnings);
  }

  /** This provenance with {@code source} in place of its own. */
  public VitaeMeta withSource(@Nullable SourceMeta source) {
    return new VitaeMeta(parser, source, fields, warnings, redactions);
  }

  /** This provenance with the counts of a redaction, by kind, in place of its own. */
  public VitaeMeta withRedactions(Map<String, Integer> counts) {
    return new VitaeMeta(parser, source, fields, warnings, counts);
  }

  /** The input document: path as given, detected media type, digest, pages, languages found. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceMeta(
      @Nullable String file,
      @Nullable String mediaType,
      @Nullable String sha256,
      @Nullable Integer pages,
      List<String> languages) {
    public SourceMeta {
      languages = languages == null ? List.of() : List.copyOf(languages);
    }
  }
}
