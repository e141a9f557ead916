/** Cutting a section into entries (a job, a school, a project): header lines and body lines. */
package dev.vitae.extractor.entry;
