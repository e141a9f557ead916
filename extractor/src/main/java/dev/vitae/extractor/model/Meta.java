package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume {@code meta}: the schema version and vitae's provenance, never resume content. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Meta(String version, VitaeMeta vitae) {}
