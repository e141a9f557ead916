package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a reference. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reference(@Nullable String name, @Nullable String reference) {}
