package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every scored slot, with its group and the JSON path (relative to its entry) it reads. */
public enum Field {
  NAME(Group.BASICS, "name", Match.TEXT),
  EMAIL(Group.BASICS, "email", Match.TEXT),
  PHONE(Group.BASICS, "phone", Match.PHONE),
  URL(Group.BASICS, "url", Match.TEXT),
  LABEL(Group.BASICS, "label", Match.TEXT),
  CITY(Group.BASICS, "location.city", Match.TEXT),
  COUNTRY_CODE(Group.BASICS, "location.countryCode", Match.VOCABULARY),
  PROFILE(Group.PROFILES, "(network, username)", Match.TEXT),
  WORK_NAME(Group.WORK, "name", Match.TEXT),
  WORK_POSITION(Group.WORK, "position", Match.TEXT),
  WORK_START_DATE(Group.WORK, "startDate", Match.DATE),
  WORK_END_DATE(Group.WORK, "endDate", Match.DATE),
  WORK_HIGHLIGHTS(Group.WORK, "highlights", Match.TOKENS),
  EDUCATION_INSTITUTION(Group.EDUCATION, "institution", Match.TEXT),
  EDUCATION_AREA(Group.EDUCATION, "area", Match.TEXT),
  EDUCATION_STUDY_TYPE(Group.EDUCATION, "studyType", Match.VOCABULARY),
  EDUCATION_START_DATE(Group.EDUCATION, "startDate", Match.DATE),
  EDUCATION_END_DATE(Group.EDUCATION, "endDate", Match.DATE),
  SKILL(Group.SKILLS, "term", Match.TEXT),
  LANGUAGE(Group.LANGUAGES, "language", Match.VOCABULARY),
  PROJECT(Group.PROJECTS, "name", Match.TEXT),
  AWARD(Group.AWARDS, "title", Match.TEXT);

  /** How values of a slot are compared, and how their visibility in the document is checked. */
  enum Match {
    /** Free text: equal after normalizing; visible when the text shows it. */
    TEXT,
    /** A normalized vocabulary (ISO code, English name, degree): never "not visible". */
    VOCABULARY,
    /** Equal digits; visible when the text's digits hold the number. */
    PHONE,
    /** ISO date, half credit for the right year; visible when the text shows the year. */
    DATE,
    /** A list of strings scored by token-overlap F1. */
    TOKENS
  }

  private final Group group;
  private final String path;
  private final Match match;

  Field(Group group, String path, Match match) {
    this.group = Objects.requireNonNull(group);
    this.path = path;
    this.match = match;
  }

  /** The group the slot belongs to. */
  public Group group() {
    return group;
  }

  /** The slot's JSON path inside its entry ({@code location.city}, {@code startDate}). */
  public String path() {
    return path;
  }

  Match match() {
    return match;
  }

  /** The slots of one group, in declaration order. */
  public static List<Field> of(Group group) {
    List<Field> fields = new ArrayList<>();
    for (Field field : values()) {
      if (field.group == group) {
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }
}
