/**
 * Immutable records that mirror the JSON Resume v1.0.0 schema. Absent values are {@code null} or
 * empty and are not serialized, so the output never holds {@code ""} or {@code null}.
 */
@NullMarked
package dev.vitae.extractor.model;

import org.jspecify.annotations.NullMarked;
