package dev.vitae.bench.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.roles.HeaderPart;
import dev.vitae.extractor.roles.PartRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Labels made by aligning a header's parts with a gold file: the header is matched to the gold work
 * or volunteer entry whose names cover most of its text, and each part takes the role of the field
 * that holds it (position, employer, place), or {@link PartRole#OTHER}.
 */
final class PartLabels {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Below this share of the header's letters found in the entry, the header is not aligned. */
  private static final double MIN_COVER = 0.4;

  private PartLabels() {}

  /** A gold entry's names, normalized. */
  record GoldEntry(String position, String name, String location) {}

  /** The gold entries of a resume: its work and its volunteer entries. */
  static List<GoldEntry> entries(JsonNode gold) {
    List<GoldEntry> out = new ArrayList<>();
    for (JsonNode w : gold.path("work")) {
      out.add(entry(w, "name"));
    }
    for (JsonNode w : gold.path("volunteer")) {
      out.add(entry(w, "organization"));
    }
    return out;
  }

  private static GoldEntry entry(JsonNode w, String nameField) {
    JsonNode loc = w.path("location");
    String location = loc.isTextual() ? loc.asText() : String.join(" ", texts(loc));
    return new GoldEntry(
        norm(w.path("position").asText("")), norm(w.path(nameField).asText("")), norm(location));
  }

  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fields().forEachRemaining(e -> out.add(e.getValue().asText("")));
    return out;
  }

  /** The parts' labels against the best-matching entry, or empty when none matches enough. */
  static Optional<List<PartRole>> label(List<HeaderPart> parts, List<GoldEntry> gold) {
    List<String> normed = parts.stream().map(p -> norm(p.text())).toList();
    int letters = normed.stream().mapToInt(String::length).sum();
    List<PartRole> best = null;
    int bestCover = 0;
    for (GoldEntry g : gold) {
      List<PartRole> roles = new ArrayList<>();
      int cover = 0;
      boolean named = false;
      for (String p : normed) {
        PartRole r = role(p, g);
        roles.add(r);
        if (r != PartRole.OTHER) {
          cover += p.length();
          named |= r != PartRole.PLACE;
        }
      }
      if (named && cover > bestCover) {
        best = roles;
        bestCover = cover;
      }
    }
    if (best == null || bestCover < MIN_COVER * letters) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** The field of {@code g} holding the part: the one it fills most of, when several hold it. */
  private static PartRole role(String part, GoldEntry g) {
    if (part.isEmpty()) {
      return PartRole.OTHER;
    }
    PartRole best = PartRole.OTHER;
    double share = 0;
    String[] fields = {g.position(), g.name(), g.location()};
    PartRole[] roles = {PartRole.TITLE, PartRole.ORG, PartRole.PLACE};
    for (int k = 0; k < fields.length; k++) {
      if (holds(fields[k], part)) {
        double s = (double) part.length() / fields[k].length();
        if (s > share) {
          share = s;
          best = roles[k];
        }
      }
    }
    return best;
  }

  /** Whether {@code field} holds {@code part} as whole words (Han text: anywhere). */
  private static boolean holds(String field, String part) {
    if (field.isEmpty()) {
      return false;
    }
    if (Texts.hasHan(part)) {
      return field.contains(part);
    }
    return (" " + field + " ").contains(" " + part + " ");
  }

  static String norm(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
