/** Normalizers for the contract's vocabularies: dates, phones, degrees, languages, text. */
package dev.vitae.extractor.normalize;
