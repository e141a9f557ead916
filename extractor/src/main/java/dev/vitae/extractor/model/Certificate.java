package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: a certificate. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Certificate(String name, PartialDate date, String url, String issuer) {}
