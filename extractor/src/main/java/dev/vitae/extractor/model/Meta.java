package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume {@code meta}: the schema version and vitae's provenance, never resume content. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Meta(@Nullable String version, @Nullable VitaeMeta vitae) {}
