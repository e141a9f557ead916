package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: a reference. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reference(String name, String reference) {}
