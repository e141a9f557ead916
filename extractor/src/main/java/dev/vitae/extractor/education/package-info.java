/** Education: one entry per course of study, degree normalized. */
@NullMarked
package dev.vitae.extractor.education;

import org.jspecify.annotations.NullMarked;
