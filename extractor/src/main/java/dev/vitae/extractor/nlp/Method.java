package dev.vitae.extractor.nlp;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a field's value was decided, as written to {@code meta.vitae.fields}. */
public enum Method {
  /** The rules alone; the model was asked and did not confirm. */
  RULE("rule"),
  /** The model alone: the rules found nothing, or something the model overruled. */
  NER("ner"),
  /** The rules' value, confirmed by the model. */
  RULE_NER("rule+ner");

  private final String code;

  Method(String code) {
    this.code = code;
  }

  /** The code written to JSON: {@code rule}, {@code ner} or {@code rule+ner}. */
  @JsonValue
  public String code() {
    return code;
  }
}
