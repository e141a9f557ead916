/** Work history: one entry per employer period. */
@NullMarked
package dev.vitae.extractor.work;

import org.jspecify.annotations.NullMarked;
