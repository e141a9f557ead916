/**
 * Scoring of predicted JSON Resume documents against gold ones, slot by slot, as defined in {@code
 * docs/evaluation.md}: works on any two JSON documents, not on the extractor's model.
 */
@NullMarked
package dev.vitae.extractor.eval;

import org.jspecify.annotations.NullMarked;
