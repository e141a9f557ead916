/** The library facade: {@link dev.vitae.Vitae} turns documents into JSON Resumes in-process. */
@NullMarked
package dev.vitae;

import org.jspecify.annotations.NullMarked;
