package dev.vitae.extractor.normalize;

/**
 * The contract's closed vocabulary for {@code education[].studyType}: the level of a course of
 * study, whatever language or abbreviation the resume uses for it.
 */
public enum StudyType {
  HIGH_SCHOOL("High School"),
  ASSOCIATE("Associate"),
  BACHELOR("Bachelor"),
  MASTER("Master"),
  DOCTORATE("Doctorate"),
  DIPLOMA("Diploma"),
  CERTIFICATE("Certificate");

  private final String label;

  StudyType(String label) {
    this.label = label;
  }

  /** The English label written to {@code education[].studyType}, e.g. {@code "Bachelor"}. */
  public String label() {
    return label;
  }
}
