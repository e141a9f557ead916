package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: one employer period. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Work(
    String name,
    String location,
    String description,
    String position,
    String url,
    PartialDate startDate,
    PartialDate endDate,
    String summary,
    List<String> highlights) {
  public Work {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
  }
}
