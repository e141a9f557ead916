package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: one course of study. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Education(
    String institution,
    String url,
    String area,
    String studyType,
    PartialDate startDate,
    PartialDate endDate,
    String score,
    List<String> courses) {
  public Education {
    courses = courses == null ? List.of() : List.copyOf(courses);
  }
}
