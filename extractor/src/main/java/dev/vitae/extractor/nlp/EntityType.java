package dev.vitae.extractor.nlp;

/** The entity classes the layer asks a recognizer for (the three CoNLL classes we use). */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
