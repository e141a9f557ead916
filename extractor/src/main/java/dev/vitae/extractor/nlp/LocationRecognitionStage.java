package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.normalize.Countries;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confirms or finds {@code basics.location} with a place recognizer, asked about the header and
 * contact lines only (a place in a work or education entry is where that job or school was).
 *
 * <p>The rules' location is {@code rule+ner} when a LOCATION span of its line covers its city (or
 * its country when it has no city), else {@code rule}. When the rules found none, the first
 * LOCATION span of the header and contact lines becomes the location ({@code ner}): its city, a US
 * or Canadian region written after it ("Somerville MA", "Sunnyvale, CA") and a trailing country.
 *
 * <p>Requires {@link Slot#BASICS}, {@link Slot#SECTIONS} and {@link Slot#SKILLS} (skill words are
 * never places); provides nothing new. Stateless and thread-safe; never throws on odd input.
 */
public final class LocationRecognitionStage implements Extractor {
  static final String FIELD = "basics.location";
  private static final int HEADER_LINES = 15;
  private static final int MAX_LINE = 200;
  private static final double MIN_SCORE = 0.6;
  private static final Set<String> REGIONS =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK", "NL",
          "PE");
  private static final Pattern CITY_REGION = Pattern.compile("^(.*?)[,\\s]+([A-Z]{2})$");
  private static final Pattern REGION_AFTER = Pattern.compile("^\\s*,?\\s*([A-Z]{2})\\b");
  private static final Pattern CITY = Pattern.compile("^\\p{Lu}[\\p{L}.'’\\- ]{1,40}$");
  private static final Pattern TRAILING_COMMA_OR_OPEN_PAREN = Pattern.compile("[\\s,(（]+$");
  private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");

  private final EntityRecognizer recognizer;

  public LocationRecognitionStage(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.BASICS, Slot.SECTIONS, Slot.SKILLS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of();
  }

  @Override
  public Set<Slot> refines() {
    return Set.of(Slot.BASICS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    Recognition ner = Recognition.of(recognizer, draft);
    Optional<Drafted<Location>> rule = draft.location();
    if (rule.isPresent()) {
      Location place = rule.get().value();
      String name = place.city() != null ? place.city() : place.region();
      Optional<Entity> confirmed = Optional.empty();
      int index = rule.get().firstLine();
      if (name != null && index >= 0 && index < doc.lines().size()) {
        String text = doc.lines().get(index).text();
        confirmed =
            text.length() > MAX_LINE
                ? Optional.empty()
                : ner.entities(text).stream()
                    .filter(
                        e ->
                            e.type() == EntityType.LOCATION && Recognition.overlaps(e.text(), name))
                    .findFirst();
      }
      draft.decide(
          FIELD,
          confirmed.isPresent()
              ? new Decision(Method.RULE_NER, Recognition.combined(confirmed.get().score()))
              : new Decision(Method.RULE, Recognition.RULE_PRIOR));
      return;
    }
    for (Line line : doc.lines().subList(0, Math.min(HEADER_LINES, doc.lines().size()))) {
      if (!inHeader(draft, line.index())
          || line.style().isListItem()
          || line.text().length() > MAX_LINE) {
        continue;
      }
      for (Entity e : ner.entities(line.text())) {
        if (e.type() != EntityType.LOCATION || e.score() < MIN_SCORE) {
          continue;
        }
        Optional<Location> place = place(e.text(), line.text().substring(e.end()));
        if (place.isPresent()) {
          draft.setLocation(Drafted.at(place.get(), line.index()));
          draft.decide(FIELD, new Decision(Method.NER, e.score()));
          return;
        }
      }
    }
  }

  /**
   * A location from a LOCATION span ("Somerville MA USA", "Beijing, China", "Sunnyvale") and the
   * text after it on its line (", CA …"); empty when the span is not shaped like a place.
   */
  static Optional<Location> place(String span, String after) {
    String rest = Texts.clean(span);
    String code = null;
    Optional<Countries.Match> country = Countries.findTrailing(rest);
    if (country.isPresent()) {
      code = country.get().code();
      rest =
          TRAILING_COMMA_OR_OPEN_PAREN
              .matcher(rest.substring(0, country.get().start()))
              .replaceAll("");
    }
    String region = null;
    Matcher cr = CITY_REGION.matcher(rest);
    if (cr.matches() && REGIONS.contains(cr.group(2))) {
      region = cr.group(2);
      rest = TRAILING_COMMAS.matcher(cr.group(1)).replaceAll("");
    } else if (code == null) {
      Matcher next = REGION_AFTER.matcher(after);
      if (next.find() && REGIONS.contains(next.group(1))) {
        region = next.group(1);
      }
    }
    String city = rest.isEmpty() ? null : rest;
    if (city != null && !CITY.matcher(city).matches()) {
      return Optional.empty();
    }
    if (city == null && code == null) {
      return Optional.empty();
    }
    if (region != null && code == null) {
      code =
          Set.of("ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK", "NL", "PE").contains(region)
              ? "CA"
              : "US";
    }
    return Optional.of(new Location(null, null, city, code, region));
  }

  // Header and contact lines, and lines before the first section; never an entry's place.
  private static boolean inHeader(ResumeDraft draft, int index) {
    for (Section s : draft.sections()) {
      if (index >= s.start() && index < s.end()) {
        return s.kind() == SectionKind.HEADER || s.kind() == SectionKind.CONTACT;
      }
    }
    return true;
  }
}
