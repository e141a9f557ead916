package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: where the person is based. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Location(
    String address, String postalCode, String city, String countryCode, String region) {}
