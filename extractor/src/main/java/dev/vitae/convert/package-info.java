/**
 * One document converted, and its failure described, the same way by every front end: the library
 * facade, the command line, the Beam job and the benchmarks.
 */
@NullMarked
package dev.vitae.convert;

import org.jspecify.annotations.NullMarked;
