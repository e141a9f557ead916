/** The line model that every reader produces, and the facade that turns bytes into it. */
package dev.vitae.parser;
