/**
 * The extraction pipeline: stages over a {@link dev.vitae.extractor.ResumeDraft}, and its facade.
 */
@NullMarked
package dev.vitae.extractor;

import org.jspecify.annotations.NullMarked;
