package dev.vitae.extractor.basics;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link ContactFinder#isContactLine} and {@link ContactFinder#isContactFooter} of one document,
 * each text worked out once: the contact, location and summary finders ask about the same lines,
 * and every answer runs a phone search. Not thread-safe; one per document.
 */
final class ContactLines {
  private final Map<String, Boolean> lines = new HashMap<>();
  private final Map<String, Boolean> footers = new HashMap<>();

  /** {@link ContactFinder#isContactLine}. */
  boolean isContactLine(String text) {
    Boolean known = lines.get(text);
    if (known == null) {
      known = ContactFinder.isContactLine(text);
      lines.put(text, known);
    }
    return known;
  }

  /** {@link ContactFinder#isContactFooter}. */
  boolean isContactFooter(String text) {
    Boolean known = footers.get(text);
    if (known == null) {
      known = ContactFinder.isContactFooter(text, this);
      footers.put(text, known);
    }
    return known;
  }
}
