/** Optical character recognition through the locally installed {@code tesseract} command. */
@NullMarked
package dev.vitae.parser.ocr;

import org.jspecify.annotations.NullMarked;
