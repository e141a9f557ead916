/** Skills as grouped keyword lists. */
package dev.vitae.extractor.skills;
