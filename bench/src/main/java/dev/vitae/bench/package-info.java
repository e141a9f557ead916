/** Benchmarks of the readers and the extractor, and the raw text pull that no parser can beat. */
package dev.vitae.bench;
