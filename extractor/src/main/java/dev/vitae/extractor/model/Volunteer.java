package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: one volunteering period. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Volunteer(
    @Nullable String organization,
    @Nullable String position,
    @Nullable String url,
    @Nullable PartialDate startDate,
    @Nullable PartialDate endDate,
    @Nullable String summary,
    List<String> highlights) {
  public Volunteer {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
  }
}
