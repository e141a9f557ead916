/** The Markdown reader, which walks the commonmark AST into lines, and Markdown sniffing. */
package dev.vitae.parser.markdown;
