/** The DOCX reader, which walks a WordprocessingML document read by Apache POI into lines. */
package dev.vitae.parser.docx;
