/**
 * The extraction pipeline: stages over a {@link dev.vitae.extractor.ResumeDraft}, and its facade.
 */
package dev.vitae.extractor;
