package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: a skill group: its name and keywords. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Skill(@Nullable String name, @Nullable String level, List<String> keywords) {
  public Skill {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
