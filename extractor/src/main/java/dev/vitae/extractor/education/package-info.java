/** Education: one entry per course of study, degree normalized. */
package dev.vitae.extractor.education;
