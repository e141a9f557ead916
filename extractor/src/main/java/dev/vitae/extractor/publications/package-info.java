/** Publications and patents, read as citations. */
@NullMarked
package dev.vitae.extractor.publications;

import org.jspecify.annotations.NullMarked;
