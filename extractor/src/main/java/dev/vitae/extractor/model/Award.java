package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: an award or honour. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Award(
    @Nullable String title,
    @Nullable PartialDate date,
    @Nullable String awarder,
    @Nullable String summary) {}
