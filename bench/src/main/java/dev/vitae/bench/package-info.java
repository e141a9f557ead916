/** Benchmarks of the readers and the extractor, and the raw text pull they are compared with. */
package dev.vitae.bench;
