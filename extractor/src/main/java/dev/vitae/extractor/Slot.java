package dev.vitae.extractor;

/** What a stage reads from or writes to the draft; the pipeline checks the order with these. */
public enum Slot {
  /** Document languages ({@code en}, {@code zh}) and the default phone region. */
  DOCUMENT_LANGUAGE,
  /** Per-line features ({@link dev.vitae.extractor.layout.DocumentLayout}). */
  LAYOUT,
  /** Lines labelled with a {@link dev.vitae.extractor.section.SectionKind}. */
  SECTIONS,
  BASICS,
  PROFILES,
  WORK,
  EDUCATION,
  SKILLS,
  PROJECTS,
  AWARDS,
  LANGUAGES,
  INTERESTS,
  VOLUNTEER,
  PUBLICATIONS,
  REFERENCES,
  /** Final clean-up over every field: merged duplicates, collapsed whitespace. */
  NORMALIZED
}
