/** Awards, honours and certificates, following the document's own heading. */
@NullMarked
package dev.vitae.extractor.awards;

import org.jspecify.annotations.NullMarked;
