/** Cutting a section into entries (a job, a school, a project): header lines and body lines. */
@NullMarked
package dev.vitae.extractor.entry;

import org.jspecify.annotations.NullMarked;
