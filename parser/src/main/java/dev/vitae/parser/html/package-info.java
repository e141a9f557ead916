/** The HTML and XHTML reader, which walks a jsoup document into lines. */
package dev.vitae.parser.html;
