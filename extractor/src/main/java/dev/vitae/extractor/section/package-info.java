/** Splitting a document into labelled sections from headings and layout. */
@NullMarked
package dev.vitae.extractor.section;

import org.jspecify.annotations.NullMarked;
