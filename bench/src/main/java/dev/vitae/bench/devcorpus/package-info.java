/**
 * Our own renderers of the dev corpus: gold JSON Resumes drawn as text, Markdown, HTML, LaTeX and
 * DOCX.
 */
@NullMarked
package dev.vitae.bench.devcorpus;

import org.jspecify.annotations.NullMarked;
