/** Splitting a document into labelled sections from headings and layout. */
package dev.vitae.extractor.section;
