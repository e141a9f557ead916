/** An Apache Beam job that turns files matched by a pattern into JSON Resume lines on any runner. */
package dev.vitae.beam;
