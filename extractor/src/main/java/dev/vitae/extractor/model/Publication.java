package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: a publication. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Publication(
    String name, String publisher, PartialDate releaseDate, String url, String summary) {}
