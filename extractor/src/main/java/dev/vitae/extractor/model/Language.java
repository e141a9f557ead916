package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: a spoken language, its English name and fluency as written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Language(String language, String fluency) {}
