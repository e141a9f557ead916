/**
 * The basics stage: name, label, contacts, profiles, summary and location from the top of a resume.
 */
package dev.vitae.extractor.basics;
