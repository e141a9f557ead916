package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Confirms or corrects {@code basics.name} with a person recognizer.
 *
 * <p>The rules' name is asked about in its own line: a PERSON span over it makes it {@code
 * rule+ner}, else it stays {@code rule}. When the rules found no name, or only a handle (one token
 * such as a GitHub user or an email's local part), the first lines of the document are searched for
 * a line or a line segment that is wholly a PERSON span of two to four words; the first one found
 * becomes the name ({@code ner}).
 *
 * <p>Requires {@link Slot#BASICS} and {@link Slot#SKILLS} (skill words are never names); provides
 * nothing new. Stateless and thread-safe; never throws on odd input.
 */
public final class NameRecognitionStage implements Extractor {
  static final String FIELD = "basics.name";
  // The header of nearly every resume is within its first lines.
  private static final int HEADER_LINES = 15;
  private static final int MAX_LINE = 80;
  private static final double MIN_SCORE = 0.75;
  private static final Pattern SEGMENTS =
      Pattern.compile("\\s*(?:[|•·;,]|\\s{2,}|\\s[-–—]\\s)\\s*");
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");
  private static final Pattern NO_NAME = Pattern.compile("[@\\d:/]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final EntityRecognizer recognizer;

  public NameRecognitionStage(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.BASICS, Slot.SKILLS);
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
    Optional<Drafted<String>> rule = draft.name();
    if (rule.isPresent() && !isHandle(rule.get().value())) {
      String name = rule.get().value();
      double score =
          personScore(ner, lineText(doc, rule.get().firstLine()), name)
              .or(() -> personScore(ner, name, name))
              .orElse(-1.0);
      draft.decide(
          FIELD,
          score >= 0
              ? new Decision(Method.RULE_NER, Recognition.combined(score))
              : new Decision(Method.RULE, Recognition.RULE_PRIOR));
      return;
    }
    Optional<Found> found = searchHeader(doc, ner);
    if (found.isPresent()) {
      draft.setName(Drafted.at(found.get().name(), found.get().line()));
      draft.decide(FIELD, new Decision(Method.NER, found.get().score()));
    } else if (rule.isPresent()) {
      draft.decide(FIELD, new Decision(Method.RULE, Recognition.RULE_PRIOR));
    }
  }

  /** A single token with no space: a handle the rules fell back on, not a person's name. */
  static boolean isHandle(String name) {
    return HANDLE.matcher(name).matches() && Script.of(name) == Script.LATIN;
  }

  private record Found(String name, int line, double score) {}

  private static Optional<Found> searchHeader(TextDocument doc, Recognition ner) {
    List<Line> lines = doc.lines();
    for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
      Line line = lines.get(i);
      String text = line.text().strip();
      if (text.isEmpty() || text.length() > MAX_LINE || line.style().isListItem()) {
        continue;
      }
      List<Entity> entities = ner.entities(text);
      for (String segment : SEGMENTS.split(text)) {
        if (NO_NAME.matcher(segment).find()) {
          continue;
        }
        for (Entity e : entities) {
          if (e.type() == EntityType.PERSON
              && e.score() >= MIN_SCORE
              && e.text().equals(segment)
              && words(segment) >= 2
              && words(segment) <= 4) {
            return Optional.of(new Found(segment, line.index(), e.score()));
          }
        }
      }
    }
    return Optional.empty();
  }

  // The score of a PERSON span over `name` in `text`, if the model sees one.
  private static Optional<Double> personScore(Recognition ner, String text, String name) {
    for (Entity e : ner.entities(text)) {
      if (e.type() == EntityType.PERSON && Recognition.overlaps(e.text(), name)) {
        return Optional.of(e.score());
      }
    }
    return Optional.empty();
  }

  private static String lineText(TextDocument doc, int index) {
    return index >= 0 && index < doc.lines().size() ? doc.lines().get(index).text() : "";
  }

  private static int words(String text) {
    return WHITESPACE.split(text.strip()).length;
  }
}
