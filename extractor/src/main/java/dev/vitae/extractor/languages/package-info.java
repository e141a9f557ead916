/** Spoken languages with fluency, and interests. */
@NullMarked
package dev.vitae.extractor.languages;

import org.jspecify.annotations.NullMarked;
