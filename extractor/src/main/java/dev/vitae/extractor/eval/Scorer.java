package dev.vitae.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores a predicted JSON Resume document against its gold, slot by slot, as {@code
 * docs/evaluation.md} defines. Works on any two JSON documents (it does not use the extractor's
 * model), ignores {@code meta} and every field the definition does not score. Stateless and
 * thread-safe.
 *
 * <p>Judgment calls the definition leaves open:
 *
 * <ul>
 *   <li>Work and education entries with no name (employer, institution) pair with each other in
 *       document order; named entries pair only with named ones.
 *   <li>Without a document text nothing is excluded. With one, a gold value counts in recall only
 *       if the text shows it (spaces, punctuation and markup ignored; dates by their year; phones
 *       by their digits, country code optional; a list of highlights when one of them, or half
 *       their words, show) or if the prediction earned credit on it. Normalized vocabularies
 *       ({@code countryCode}, {@code studyType}, {@code language}, a profile's {@code network}) are
 *       never excluded, since the document writes them in other words.
 *   <li>Items of a set slot count once each after normalizing (a skill listed in two groups is one
 *       term).
 * </ul>
 */
public final class Scorer {

  /** Scores without a document text: every gold slot counts in recall. */
  public DocumentScore score(String id, JsonNode gold, JsonNode predicted) {
    return score(id, gold, predicted, null);
  }

  /**
   * Scores one prediction.
   *
   * @param id names the document in the report (a file stem); not read otherwise
   * @param gold the gold JSON Resume; must be a JSON object
   * @param predicted the predicted JSON Resume; a missing or null node, or one that is not an
   *     object, predicts nothing (every gold slot missed)
   * @param documentText the text of the source document, or null to exclude nothing from recall
   * @return the score, with no attributes and no notes
   * @throws IllegalArgumentException if the gold is not a JSON object
   */
  public DocumentScore score(
      String id, JsonNode gold, JsonNode predicted, @Nullable String documentText) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.isObject()) {
      throw new IllegalArgumentException("the gold of " + id + " is not a JSON object");
    }
    JsonNode pred = predicted.isObject() ? predicted : MissingNode.getInstance();
    Tally tally = new Tally(Visibility.of(documentText));
    basics(tally, gold.path("basics"), pred.path("basics"));
    profiles(tally, gold.path("basics").path("profiles"), pred.path("basics").path("profiles"));
    entries(
        tally,
        workEntries(gold.path("work")),
        workEntries(pred.path("work")),
        Field.WORK_HIGHLIGHTS);
    entries(
        tally,
        educationEntries(gold.path("education")),
        educationEntries(pred.path("education")),
        null);
    set(tally, Field.SKILL, skillTerms(gold), skillTerms(pred));
    set(
        tally,
        Field.LANGUAGE,
        texts(gold.path("languages"), "language"),
        texts(pred.path("languages"), "language"));
    set(
        tally,
        Field.PROJECT,
        texts(gold.path("projects"), "name"),
        texts(pred.path("projects"), "name"));
    set(tally, Field.AWARD, awardTitles(gold), awardTitles(pred));
    return new DocumentScore(id, Map.of(), tally.groups(), List.of());
  }

  private static void basics(Tally tally, JsonNode gold, JsonNode pred) {
    for (Field field : Field.of(Group.BASICS)) {
      tally.scalar(field, text(gold, field.path()), text(pred, field.path()));
    }
  }

  private static void profiles(Tally tally, JsonNode gold, JsonNode pred) {
    Map<String, Boolean> goldKeys = new LinkedHashMap<>();
    for (JsonNode profile : gold) {
      String network = text(profile, "network");
      String username = text(profile, "username");
      if (network != null || username != null) {
        // The network is a canonical name; only the username is looked for in the text.
        boolean visible = username == null || tally.visibility().shows(Field.PROFILE, username);
        goldKeys.merge(profileKey(network, username), visible, Boolean::logicalOr);
      }
    }
    Set<String> predKeys = new LinkedHashSet<>();
    for (JsonNode profile : pred) {
      String network = text(profile, "network");
      String username = text(profile, "username");
      if (network != null || username != null) {
        predKeys.add(profileKey(network, username));
      }
    }
    tally.set(Field.PROFILE, goldKeys, predKeys);
  }

  private static String profileKey(@Nullable String network, @Nullable String username) {
    return Normalization.text(network) + "\u001f" + Normalization.text(username);
  }

  private static void entries(
      Tally tally,
      List<EntryPairing.Entry> gold,
      List<EntryPairing.Entry> pred,
      @Nullable Field highlightsField) {
    for (EntryPairing.Pair pair : EntryPairing.pair(gold, pred)) {
      EntryPairing.Entry g = pair.gold();
      EntryPairing.Entry p = pair.predicted();
      Set<Field> fields = new LinkedHashSet<>();
      if (g != null) {
        fields.addAll(g.values().keySet());
      }
      if (p != null) {
        fields.addAll(p.values().keySet());
      }
      for (Field field : fields) {
        tally.scalar(
            field,
            g == null ? null : g.values().get(field),
            p == null ? null : p.values().get(field));
      }
      if (highlightsField != null) {
        tally.tokens(
            highlightsField,
            g == null ? List.of() : g.highlights(),
            p == null ? List.of() : p.highlights());
      }
    }
  }

  private static List<EntryPairing.Entry> workEntries(JsonNode array) {
    return entries(
        array,
        Field.WORK_NAME,
        Map.of(
            Field.WORK_NAME, "name",
            Field.WORK_POSITION, "position",
            Field.WORK_START_DATE, "startDate",
            Field.WORK_END_DATE, "endDate"),
        "highlights");
  }

  private static List<EntryPairing.Entry> educationEntries(JsonNode array) {
    return entries(
        array,
        Field.EDUCATION_INSTITUTION,
        Map.of(
            Field.EDUCATION_INSTITUTION, "institution",
            Field.EDUCATION_AREA, "area",
            Field.EDUCATION_STUDY_TYPE, "studyType",
            Field.EDUCATION_START_DATE, "startDate",
            Field.EDUCATION_END_DATE, "endDate"),
        null);
  }

  private static List<EntryPairing.Entry> entries(
      JsonNode array, Field nameField, Map<Field, String> paths, @Nullable String highlightsPath) {
    List<EntryPairing.Entry> entries = new ArrayList<>();
    for (JsonNode node : array) {
      Map<Field, String> values = new EnumMap<>(Field.class);
      paths.forEach(
          (field, path) -> {
            String value = text(node, path);
            if (value != null) {
              values.put(field, value);
            }
          });
      List<String> highlights =
          highlightsPath == null ? List.of() : textItems(node.path(highlightsPath));
      // An entry with no scored slot has nothing to pair or count.
      if (!values.isEmpty() || !highlights.isEmpty()) {
        entries.add(
            new EntryPairing.Entry(entries.size(), values.get(nameField), values, highlights));
      }
    }
    return entries;
  }

  private static List<String> skillTerms(JsonNode resume) {
    List<String> terms = new ArrayList<>();
    for (JsonNode skill : resume.path("skills")) {
      String name = text(skill, "name");
      if (name != null) {
        terms.add(name);
      }
      terms.addAll(textItems(skill.path("keywords")));
    }
    return terms;
  }

  private static List<String> awardTitles(JsonNode resume) {
    List<String> titles = new ArrayList<>(texts(resume.path("awards"), "title"));
    titles.addAll(texts(resume.path("certificates"), "name"));
    return titles;
  }

  private static void set(Tally tally, Field field, List<String> gold, List<String> pred) {
    Map<String, Boolean> goldKeys = new LinkedHashMap<>();
    for (String value : gold) {
      goldKeys.merge(
          Normalization.text(value), tally.visibility().shows(field, value), Boolean::logicalOr);
    }
    Set<String> predKeys = new LinkedHashSet<>();
    for (String value : pred) {
      predKeys.add(Normalization.text(value));
    }
    tally.set(field, goldKeys, predKeys);
  }

  /** The field of each object in an array, where present. */
  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : array) {
      String value = text(item, field);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private static List<String> textItems(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : array) {
      if (isPresent(item)) {
        values.add(item.asText());
      }
    }
    return values;
  }

  /** A scalar at a dotted path, or null when absent or empty after normalizing. */
  private static @Nullable String text(JsonNode node, String dottedPath) {
    JsonNode value = node;
    for (String part : dottedPath.split("\\.")) {
      value = value.path(part);
    }
    return isPresent(value) ? value.asText() : null;
  }

  private static boolean isPresent(JsonNode value) {
    return (value.isTextual() || value.isNumber()) && !Normalization.text(value.asText()).isEmpty();
  }
}
