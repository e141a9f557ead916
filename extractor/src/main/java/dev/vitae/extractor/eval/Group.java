package dev.vitae.extractor.eval;

import java.util.Locale;

/** The slot groups of the scoring definition, in the order reports list them. */
public enum Group {
  BASICS,
  PROFILES,
  WORK,
  EDUCATION,
  SKILLS,
  LANGUAGES,
  PROJECTS,
  AWARDS;

  /** The group's name as reports and floor files write it: {@code basics}, {@code work}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
