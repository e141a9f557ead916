package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a publication. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Publication(
    @Nullable String name,
    @Nullable String publisher,
    @Nullable PartialDate releaseDate,
    @Nullable String url,
    @Nullable String summary) {}
