package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a named project. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Project(
    @Nullable String name,
    @Nullable String description,
    List<String> highlights,
    List<String> keywords,
    @Nullable PartialDate startDate,
    @Nullable PartialDate endDate,
    @Nullable String url,
    List<String> roles,
    @Nullable String entity,
    @Nullable String type) {
  public Project {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
