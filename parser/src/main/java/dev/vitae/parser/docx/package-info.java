/** The DOCX reader, which walks a WordprocessingML document read by Apache POI into lines. */
@NullMarked
package dev.vitae.parser.docx;

import org.jspecify.annotations.NullMarked;
