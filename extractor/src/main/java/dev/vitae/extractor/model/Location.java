package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: where the person is based. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Location(
    @Nullable String address,
    @Nullable String postalCode,
    @Nullable String city,
    @Nullable String countryCode,
    @Nullable String region) {}
