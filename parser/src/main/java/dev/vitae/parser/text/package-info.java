/** The plain-text reader: charset detection, clean-up and line layout of {@code text/plain}. */
@NullMarked
package dev.vitae.parser.text;

import org.jspecify.annotations.NullMarked;
