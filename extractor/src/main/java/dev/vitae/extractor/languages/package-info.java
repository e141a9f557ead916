/** Spoken languages with fluency, and interests. */
package dev.vitae.extractor.languages;
