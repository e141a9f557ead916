/**
 * The PDF reader: PDFBox text positions grouped into styled lines in column order, with running
 * headers and footers dropped, links, text-layer warnings and optional OCR.
 */
@NullMarked
package dev.vitae.parser.pdf;

import org.jspecify.annotations.NullMarked;
