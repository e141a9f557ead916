package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Provenance of one output: which parser wrote it, from what, and what it could not find.
 *
 * @param warnings soft findings ("no work section found", "garbled-text"), never content
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VitaeMeta(String parser, SourceMeta source, List<String> warnings) {
  public VitaeMeta {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** The input document: path as given, detected media type, digest, pages, languages found. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceMeta(
      String file, String mediaType, String sha256, Integer pages, List<String> languages) {
    public SourceMeta {
      languages = languages == null ? List.of() : List.copyOf(languages);
    }
  }
}
