/** Awards, honours and certificates, following the document's own heading. */
package dev.vitae.extractor.awards;
