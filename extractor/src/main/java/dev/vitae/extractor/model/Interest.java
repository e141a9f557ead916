package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: an interest. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Interest(String name, List<String> keywords) {
  public Interest {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
