package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: one employer period. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Work(
    @Nullable String name,
    @Nullable String location,
    @Nullable String description,
    @Nullable String position,
    @Nullable String url,
    @Nullable PartialDate startDate,
    @Nullable PartialDate endDate,
    @Nullable String summary,
    List<String> highlights) {
  public Work {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
  }
}
