/** Benchmarks of the readers and the extractor, and the raw text pull they are compared with. */
@NullMarked
package dev.vitae.bench;

import org.jspecify.annotations.NullMarked;
