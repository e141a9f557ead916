package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a spoken language, its English name and fluency as written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Language(@Nullable String language, @Nullable String fluency) {}
