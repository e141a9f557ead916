package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: one volunteering period. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Volunteer(
    String organization,
    String position,
    String url,
    PartialDate startDate,
    PartialDate endDate,
    String summary,
    List<String> highlights) {
  public Volunteer {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
  }
}
