/**
 * The NLP layer seen from the extractor: model interfaces with no library types in their
 * signatures, and the stages that use them to confirm or correct what the rules drafted.
 */
@NullMarked
package dev.vitae.extractor.nlp;

import org.jspecify.annotations.NullMarked;
