/** The Markdown reader, which walks the commonmark AST into lines, and Markdown sniffing. */
@NullMarked
package dev.vitae.parser.markdown;

import org.jspecify.annotations.NullMarked;
