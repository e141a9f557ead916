package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: an interest. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Interest(@Nullable String name, List<String> keywords) {
  public Interest {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
