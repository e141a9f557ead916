package dev.vitae.extractor;

import java.util.List;

/** The standard stage list, in cascade order: document, sections, fields, normalization. */
public final class Stages {
  private Stages() {}

  public static List<Extractor> standard() {
    return List.of();
  }
}
