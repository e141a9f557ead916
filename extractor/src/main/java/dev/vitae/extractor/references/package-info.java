/** References: who can speak for the person, and what they say. */
@NullMarked
package dev.vitae.extractor.references;

import org.jspecify.annotations.NullMarked;
