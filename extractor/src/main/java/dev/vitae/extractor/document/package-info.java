/** Document-level facts read before sectioning: the languages it is written in and its region. */
package dev.vitae.extractor.document;
