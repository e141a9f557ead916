/** Discrete per-line features derived once per document, which every rule reads. */
@NullMarked
package dev.vitae.extractor.layout;

import org.jspecify.annotations.NullMarked;
