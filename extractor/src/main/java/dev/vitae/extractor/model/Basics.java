package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON Resume: the person: name, contacts, title, summary, location, profiles. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Basics(
    String name,
    String label,
    String image,
    String email,
    String phone,
    String url,
    String summary,
    Location location,
    List<Profile> profiles) {
  public Basics {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }
}
