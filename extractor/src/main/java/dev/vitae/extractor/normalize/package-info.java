/** Normalizers for the contract's vocabularies: dates, phones, degrees, languages, text. */
@NullMarked
package dev.vitae.extractor.normalize;

import org.jspecify.annotations.NullMarked;
