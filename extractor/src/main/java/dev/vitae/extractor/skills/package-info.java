/** Skills as grouped keyword lists. */
@NullMarked
package dev.vitae.extractor.skills;

import org.jspecify.annotations.NullMarked;
