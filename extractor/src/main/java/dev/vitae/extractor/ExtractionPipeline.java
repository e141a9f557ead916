package dev.vitae.extractor;

import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.TextDocument;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs stages in order. The constructor checks that every stage's requirements, and every slot it
 * refines, are provided by an earlier stage and throws {@link IllegalStateException} when not, so a
 * miswired pipeline fails at start-up rather than per document.
 */
public final class ExtractionPipeline implements Extractor {
  private final List<Extractor> stages;
  private final Set<Slot> provides;

  public ExtractionPipeline(List<? extends Extractor> stages) {
    this.stages = List.copyOf(stages);
    EnumSet<Slot> available = EnumSet.noneOf(Slot.class);
    for (Extractor stage : this.stages) {
      EnumSet<Slot> missing = EnumSet.noneOf(Slot.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            stage.getClass().getSimpleName()
                + " requires "
                + missing
                + " which no earlier stage provides");
      }
      EnumSet<Slot> unrefinable = EnumSet.noneOf(Slot.class);
      unrefinable.addAll(stage.refines());
      unrefinable.removeAll(available);
      if (!unrefinable.isEmpty()) {
        throw new IllegalStateException(
            stage.getClass().getSimpleName()
                + " refines "
                + unrefinable
                + " which no earlier stage provides");
      }
      available.addAll(stage.provides());
    }
    this.provides = Set.copyOf(available);
  }

  public List<Extractor> stages() {
    return stages;
  }

  @Override
  public Set<Slot> requires() {
    return Set.of();
  }

  @Override
  public Set<Slot> provides() {
    return provides;
  }

  /**
   * Runs the stages in order, each after a checkpoint of the document's {@link MemoryBudget}.
   *
   * @throws MemoryBudget.Exceeded when the document's thread is past its memory budget
   */
  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    for (Extractor stage : stages) {
      MemoryBudget.check();
      stage.extract(doc, draft);
    }
    MemoryBudget.check();
  }
}
