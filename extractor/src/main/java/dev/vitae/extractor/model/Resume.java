package dev.vitae.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole JSON Resume v1.0.0 document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Resume(
    @Nullable Basics basics,
    List<Work> work,
    List<Volunteer> volunteer,
    List<Education> education,
    List<Award> awards,
    List<Certificate> certificates,
    List<Publication> publications,
    List<Skill> skills,
    List<Language> languages,
    List<Interest> interests,
    List<Reference> references,
    List<Project> projects,
    @Nullable Meta meta) {
  public Resume {
    work = work == null ? List.of() : List.copyOf(work);
    volunteer = volunteer == null ? List.of() : List.copyOf(volunteer);
    education = education == null ? List.of() : List.copyOf(education);
    awards = awards == null ? List.of() : List.copyOf(awards);
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
    publications = publications == null ? List.of() : List.copyOf(publications);
    skills = skills == null ? List.of() : List.copyOf(skills);
    languages = languages == null ? List.of() : List.copyOf(languages);
    interests = interests == null ? List.of() : List.copyOf(interests);
    references = references == null ? List.of() : List.copyOf(references);
    projects = projects == null ? List.of() : List.copyOf(projects);
  }
}
