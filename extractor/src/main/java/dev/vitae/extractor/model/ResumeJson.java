package dev.vitae.extractor.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration used to write and read {@link Resume}s. Thread-safe. */
public final class ResumeJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  private ResumeJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Compact JSON on one line (JSON Lines safe). */
  public static String write(Resume resume) {
    try {
      return MAPPER.writeValueAsString(resume);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Resume record failed to serialize", e);
    }
  }

  public static String writePretty(Resume resume) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(resume);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Resume record failed to serialize", e);
    }
  }
}
