package dev.vitae.extractor.redact;

import java.util.Locale;

/**
 * What a {@link Redactor} removes, as counted in {@code meta.vitae.redactions}. A kind that
 * identifies the person ({@link #NAME}, {@link #EMAIL}, {@link #PHONE}, {@link #URL}, {@link
 * #PROFILE}, {@link #SCHOOL}) is replaced inside prose by its {@link #placeholder()}; an attribute
 * ({@link #GENDER}, {@link #AGE}, …) is removed with its label.
 */
public enum RedactionKind {
  NAME,
  EMAIL,
  PHONE,
  URL,
  PROFILE,
  PICTURE,
  ADDRESS,
  BIRTH_DATE,
  AGE,
  GENDER,
  MARITAL_STATUS,
  NATIONALITY,
  ETHNICITY,
  BIRTH_PLACE,
  POLITICAL_AFFILIATION,
  RELIGION,
  ID_NUMBER,
  PHYSICAL,
  REFEREE,
  SCHOOL;

  /** The kind's key in {@code meta.vitae.redactions}: {@code birthDate}, {@code maritalStatus}. */
  public String key() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }

  /** What stands in prose where a mention of this kind was: {@code [name]}, {@code [email]}. */
  public String placeholder() {
    return "[" + key() + "]";
  }
}
