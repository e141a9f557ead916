package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: one course of study. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Education(
    @Nullable String institution,
    @Nullable String url,
    @Nullable String area,
    @Nullable String studyType,
    @Nullable PartialDate startDate,
    @Nullable PartialDate endDate,
    @Nullable String score,
    List<String> courses) {
  public Education {
    courses = courses == null ? List.of() : List.copyOf(courses);
  }
}
