package dev.vitae.extractor.nlp;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Work;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a work entry has a paragraph instead of bullets, cuts the English paragraph into sentences
 * and makes them its highlights; the entry keeps no summary. Entries with bullets, with one
 * sentence, or not in Latin script are left alone.
 *
 * <p>Requires {@link Slot#NORMALIZED}; provides nothing new. Stateless and thread-safe; never
 * throws on odd input.
 */
public final class ProseSentenceStage implements Extractor {
  private static final int MAX_SUMMARY = 5_000;

  private final SentenceSplitter splitter;

  public ProseSentenceStage(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.NORMALIZED);
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
    List<Drafted<Work>> work = draft.work();
    for (int i = 0; i < work.size(); i++) {
      Work w = work.get(i).value();
      String summary = w.summary();
      if (summary == null
          || !w.highlights().isEmpty()
          || summary.length() > MAX_SUMMARY
          || Script.of(summary) != Script.LATIN) {
        continue;
      }
      List<String> sentences = splitter.split(summary);
      if (sentences.size() < 2) {
        continue;
      }
      Work split =
          new Work(
              w.name(),
              w.location(),
              w.description(),
              w.position(),
              w.url(),
              w.startDate(),
              w.endDate(),
              null,
              sentences);
      work.set(i, new Drafted<>(split, work.get(i).firstLine(), work.get(i).lastLine()));
    }
  }
}
