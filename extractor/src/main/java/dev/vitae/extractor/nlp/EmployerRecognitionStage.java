package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Work;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Confirms or corrects {@code work[i].name} (the employer) with an organization recognizer, asked
 * about the entry's heading lines only.
 *
 * <p>An employer inside an ORGANIZATION span of its line becomes {@code rule+ner}. An employer that
 * the rules left empty, or that is a skill term (a stack listed on the heading line, "React.js,
 * PHP"), is replaced by an ORGANIZATION span of the heading lines (or of the line just before the
 * entry, where a layout puts the employer above the dates) that is not inside the position and not
 * a skill; that value is {@code ner}. Anything else stays {@code rule}.
 *
 * <p>Requires {@link Slot#NORMALIZED} (the final entry list, so that paths are stable) and {@link
 * Slot#SKILLS}; provides nothing new. Stateless and thread-safe; never throws on odd input.
 */
public final class EmployerRecognitionStage implements Extractor {
  // An entry's heading is its first lines: employer, position, dates and place.
  private static final int HEADING_LINES = 3;
  private static final int MAX_LINE = 200;
  private static final double MIN_SCORE = 0.6;

  private final EntityRecognizer recognizer;

  public EmployerRecognitionStage(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.NORMALIZED, Slot.SKILLS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of();
  }

  @Override
  public Set<Slot> refines() {
    return Set.of(Slot.WORK);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    Recognition ner = Recognition.of(recognizer, draft);
    List<Drafted<Work>> work = draft.work();
    for (int i = 0; i < work.size(); i++) {
      Drafted<Work> entry = work.get(i);
      String field = "work[" + i + "].name";
      Work w = entry.value();
      List<Line> heading = heading(doc, entry);
      String name = w.name();
      if (name != null && !ner.isSkill(name)) {
        Optional<Entity> org =
            organization(ner, heading, e -> Recognition.overlaps(e.text(), name));
        draft.decide(
            field,
            org.isPresent()
                ? new Decision(Method.RULE_NER, Recognition.combined(org.get().score()))
                : new Decision(Method.RULE, Recognition.RULE_PRIOR));
        continue;
      }
      List<Line> around = new ArrayList<>(heading);
      lineBefore(doc, entry).ifPresent(around::add);
      Optional<Entity> org =
          organization(
              ner,
              around,
              e ->
                  e.score() >= MIN_SCORE
                      && !ner.isSkill(e.text())
                      && (w.position() == null || !Recognition.overlaps(e.text(), w.position())));
      if (org.isPresent()) {
        Work named =
            new Work(
                Texts.clean(org.get().text()),
                w.location(),
                w.description(),
                w.position(),
                w.url(),
                w.startDate(),
                w.endDate(),
                w.summary(),
                w.highlights());
        work.set(i, new Drafted<>(named, entry.firstLine(), entry.lastLine()));
        draft.decide(field, new Decision(Method.NER, org.get().score()));
      } else if (w.name() != null) {
        draft.decide(field, new Decision(Method.RULE, Recognition.RULE_PRIOR));
      }
    }
  }

  private static Optional<Entity> organization(
      Recognition ner, List<Line> lines, Predicate<Entity> wanted) {
    for (Line line : lines) {
      for (Entity e : ner.entities(line.text())) {
        if (e.type() == EntityType.ORGANIZATION && wanted.test(e)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Line> heading(TextDocument doc, Drafted<Work> entry) {
    List<Line> out = new ArrayList<>();
    int last = Math.min(entry.lastLine(), entry.firstLine() + HEADING_LINES - 1);
    for (int i = Math.max(entry.firstLine(), 0); i <= last && i < doc.lines().size(); i++) {
      Line line = doc.lines().get(i);
      if (line.style().isListItem() && i > entry.firstLine()) {
        break;
      }
      if (line.text().length() <= MAX_LINE) {
        out.add(line);
      }
    }
    return out;
  }

  private static Optional<Line> lineBefore(TextDocument doc, Drafted<Work> entry) {
    int i = entry.firstLine() - 1;
    if (i < 0 || i >= doc.lines().size()) {
      return Optional.empty();
    }
    Line line = doc.lines().get(i);
    return line.style().isListItem() || line.text().length() > MAX_LINE
        ? Optional.empty()
        : Optional.of(line);
  }
}
