package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON Resume: an account on a network: GitHub, LinkedIn, WeChat. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Profile(String network, String username, String url) {}
