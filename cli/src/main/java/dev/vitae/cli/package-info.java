/**
 * The {@code vitae} command line: one document or a whole folder to JSON Resume, with exit codes.
 */
package dev.vitae.cli;
