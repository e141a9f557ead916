package dev.vitae.bench.devcorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * One gold file: its stem (the file name without {@code .json}), the resume it holds, and the order
 * in which its sections appear in the file (a student's gold lists education before work, and the
 * renderings follow it).
 *
 * @param order every section, summary first, then the others in the order of their keys in the
 *     file, then the ones the file does not have
 */
public record Gold(String stem, Resume resume, List<Section> order) {
  public Gold {
    order = List.copyOf(order);
  }

  /** A gold with the default section order, for resumes built in code. */
  public static Gold of(String stem, Resume resume) {
    return new Gold(stem, resume, List.of(Section.values()));
  }

  /** Whether the gold is written mainly in Chinese (its stem starts with {@code zh-}). */
  public boolean chinese() {
    return stem.startsWith("zh-");
  }

  /**
   * Reads a gold file with the extractor's model.
   *
   * @throws IOException when the file cannot be read or is not a JSON Resume the model knows (an
   *     unknown key fails rather than being dropped from the renderings)
   */
  public static Gold read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new IllegalArgumentException("not a .json file: " + file);
    }
    ObjectMapper mapper = ResumeJson.mapper();
    JsonNode root = mapper.readTree(Files.readAllBytes(file));
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": not a JSON object");
    }
    Resume resume = mapper.treeToValue(root, Resume.class);
    List<Section> order = new ArrayList<>();
    order.add(Section.SUMMARY);
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      Section section = Section.ofKey(keys.next());
      if (section != null) {
        order.add(section);
      }
    }
    for (Section section : Section.values()) {
      if (!order.contains(section)) {
        order.add(section);
      }
    }
    return new Gold(name.substring(0, name.length() - ".json".length()), resume, order);
  }
}
