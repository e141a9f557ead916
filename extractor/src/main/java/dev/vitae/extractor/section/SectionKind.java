package dev.vitae.extractor.section;

/** What a section of a resume holds, decided from its heading words or its layout. */
public enum SectionKind {
  /** Lines before the first recognized heading: name, title, contacts. */
  HEADER,
  /** Self-description: Summary, Profile, About, 自我评价. */
  SUMMARY,
  /** Contact or personal details: Contact, Personal Information, 基本信息, 个人信息. */
  CONTACT,
  WORK,
  EDUCATION,
  SKILLS,
  PROJECTS,
  /** Open-source contributions: listed as projects. */
  OPEN_SOURCE,
  AWARDS,
  CERTIFICATES,
  LANGUAGES,
  INTERESTS,
  PUBLICATIONS,
  VOLUNTEER,
  REFERENCES,
  /** Highlights at the top: Key Achievements, Highlights, 主要成就. */
  ACHIEVEMENTS,
  /** A heading whose words are not known. */
  OTHER
}
