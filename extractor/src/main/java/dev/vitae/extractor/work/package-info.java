/** Work history: one entry per employer period. */
package dev.vitae.extractor.work;
