/** The plain-text reader: charset detection, clean-up and line layout of {@code text/plain}. */
package dev.vitae.parser.text;
