/** Optical character recognition through the locally installed {@code tesseract} command. */
package dev.vitae.parser.ocr;
