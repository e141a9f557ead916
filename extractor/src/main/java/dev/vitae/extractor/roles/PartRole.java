package dev.vitae.extractor.roles;

/** What one part of an entry header names. */
public enum PartRole {
  /** The position held ("Registered Nurse", and a unit that qualifies it). */
  TITLE,
  /** The employer or organization. */
  ORG,
  /** A place ("Melbourne", "VIC"). */
  PLACE,
  /** None of these: a team, a contract type, a technology list. */
  OTHER
}
