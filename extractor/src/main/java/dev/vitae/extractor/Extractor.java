package dev.vitae.extractor;

import dev.vitae.parser.TextDocument;
import java.util.Set;

/**
 * One stage of extraction. A stage reads the document and what earlier stages put in the draft, and
 * adds to the draft. Stages are stateless and thread-safe: one instance serves every document. A
 * stage never throws on odd input; what it cannot find it reports with {@link
 * ResumeDraft#warn(String)}.
 */
public interface Extractor {

  /** Slots that must be provided by an earlier stage. */
  Set<Slot> requires();

  /** Slots this stage fills. */
  Set<Slot> provides();

  /**
   * Slots an earlier stage filled that this stage rewrites (a normalizer, an NLP check): the
   * pipeline checks that each is provided before this stage runs.
   */
  default Set<Slot> refines() {
    return Set.of();
  }

  void extract(TextDocument doc, ResumeDraft draft);
}
