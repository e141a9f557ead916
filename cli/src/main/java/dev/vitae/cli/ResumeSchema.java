package dev.vitae.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Resume v1.0.0 schema ({@code testdata/schema/jsonresume-v1.0.0.schema.json}, bundled in
 * the jar) and its one validator, used by {@code vitae validate} and by the tests that check every
 * output against it. Loaded once, from the class path: no network. Thread-safe.
 */
final class ResumeSchema {
  /** The schema's resource name on the class path. */
  static final String RESOURCE = "/dev/vitae/cli/jsonresume-v1.0.0.schema.json";

  private static final Schema SCHEMA = load();

  private ResumeSchema() {}

  /**
   * Where and how {@code resume} breaks the schema, one {@code /json/pointer: message} string per
   * violation ({@code (root): message} for the document itself); empty when it is valid.
   */
  static List<String> violations(JsonNode resume) {
    return SCHEMA.validate(resume).stream().map(ResumeSchema::describe).toList();
  }

  private static String describe(Error error) {
    String pointer = pointer(error);
    String message = String.valueOf(error.getMessage());
    return pointer + ": " + message;
  }

  // The instance location as a JSON pointer (RFC 6901): "/basics/profiles/0/url"; the root's
  // pointer is the empty string, shown as "(root)".
  private static String pointer(Error error) {
    StringBuilder sb = new StringBuilder();
    var location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return sb.length() == 0 ? "(root)" : sb.toString();
  }

  private static Schema load() {
    try (InputStream in = ResumeSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Resume schema is missing from the jar");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled JSON Resume schema", e);
    }
  }
}
