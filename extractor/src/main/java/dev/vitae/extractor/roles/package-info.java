/**
 * Learned decisions: the roles of an entry header's parts (title, organization, place), by a
 * maximum-entropy model trained on the development corpus's tuning half ({@code
 * scripts/train-roles.sh}). Its features are layout and word-class features, never the words
 * themselves, so that it learns how headers are built rather than the corpus's employers.
 */
@NullMarked
package dev.vitae.extractor.roles;

import org.jspecify.annotations.NullMarked;
