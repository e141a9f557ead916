package dev.vitae.extractor.layout;

import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.TextDocument;
import java.util.Set;

/** Derives {@link LineFeatures} for every line, once. Requires nothing; provides LAYOUT. */
public final class LayoutStage implements Extractor {
  @Override
  public Set<Slot> requires() {
    return Set.of();
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.LAYOUT);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    draft.setLayout(DocumentLayout.of(doc));
  }
}
