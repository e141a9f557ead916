package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** JSON Resume: an account on a network: GitHub, LinkedIn, WeChat. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Profile(String network, @Nullable String username, @Nullable String url) {}
