/** The HTML and XHTML reader, which walks a jsoup document into lines. */
@NullMarked
package dev.vitae.parser.html;

import org.jspecify.annotations.NullMarked;
