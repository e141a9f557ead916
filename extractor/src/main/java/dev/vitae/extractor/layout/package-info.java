/** Discrete per-line features derived once per document, which every rule reads. */
package dev.vitae.extractor.layout;
