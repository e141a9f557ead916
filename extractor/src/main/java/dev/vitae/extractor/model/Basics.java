package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Resume: the person: name, contacts, title, summary, location, profiles. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Basics(
    @Nullable String name,
    @Nullable String label,
    @Nullable String image,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String url,
    @Nullable String summary,
    @Nullable Location location,
    List<Profile> profiles) {
  public Basics {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }
}
