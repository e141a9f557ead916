/** An Apache Beam job that turns the files a pattern matches into JSON Resume lines. */
@NullMarked
package dev.vitae.beam;

import org.jspecify.annotations.NullMarked;
