package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: an award or honour. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Award(String title, PartialDate date, String awarder, String summary) {}
