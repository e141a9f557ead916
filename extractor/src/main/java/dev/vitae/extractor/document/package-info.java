/** Document-level facts read before sectioning: the languages it is written in and its region. */
@NullMarked
package dev.vitae.extractor.document;

import org.jspecify.annotations.NullMarked;
