package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: a named project. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Project(
    String name,
    String description,
    List<String> highlights,
    List<String> keywords,
    PartialDate startDate,
    PartialDate endDate,
    String url,
    List<String> roles,
    String entity,
    String type) {
  public Project {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
