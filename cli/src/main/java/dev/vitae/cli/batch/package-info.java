/**
 * The batch engine behind the commands: files converted on a pool of threads under per-document
 * limits, outputs written atomically, a resumable manifest, an error log and counts by outcome.
 */
@NullMarked
package dev.vitae.cli.batch;

import org.jspecify.annotations.NullMarked;
