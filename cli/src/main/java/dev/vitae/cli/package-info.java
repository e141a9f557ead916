/**
 * The {@code vitae} command line: one document or a whole folder to JSON Resume, with exit codes.
 */
@NullMarked
package dev.vitae.cli;

import org.jspecify.annotations.NullMarked;
