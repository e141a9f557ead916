/**
 * Trains the extractor's learned models from the development corpus ({@code
 * scripts/train-roles.sh}).
 */
@NullMarked
package dev.vitae.bench.train;

import org.jspecify.annotations.NullMarked;
