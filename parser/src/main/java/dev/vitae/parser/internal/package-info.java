/**
 * Helpers shared by the readers (charset detection, mojibake repair, Unicode clean-up, line
 * layout); not API, may change without notice.
 */
@NullMarked
package dev.vitae.parser.internal;

import org.jspecify.annotations.NullMarked;
