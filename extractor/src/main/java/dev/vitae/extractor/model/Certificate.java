package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a certificate. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Certificate(
    @Nullable String name,
    @Nullable PartialDate date,
    @Nullable String url,
    @Nullable String issuer) {}
