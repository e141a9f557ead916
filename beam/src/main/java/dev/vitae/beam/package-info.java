/** An Apache Beam job that turns the files a pattern matches into JSON Resume lines. */
package dev.vitae.beam;
