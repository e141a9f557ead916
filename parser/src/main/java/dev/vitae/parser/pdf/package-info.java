/** The PDF reader: PDFBox text positions grouped into styled lines, links and warnings. */
package dev.vitae.parser.pdf;
