/**
 * The basics stage: name, label, contacts, profiles, summary and location from the top of a resume.
 */
@NullMarked
package dev.vitae.extractor.basics;

import org.jspecify.annotations.NullMarked;
