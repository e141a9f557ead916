package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: a skill group: its name and keywords. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Skill(String name, String level, List<String> keywords) {
  public Skill {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
