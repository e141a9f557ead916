/** The line model that every reader produces, and the facade that turns bytes into it. */
@NullMarked
package dev.vitae.parser;

import org.jspecify.annotations.NullMarked;
