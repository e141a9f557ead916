package dev.vitae.parser.html;

import dev.vitae.parser.internal.DraftText;

/**
 * One line being drafted from HTML: its text, links and character counts (sizes in tenths of a
 * point; 0 is "not stated"), and its layout. Mutable; one per line.
 */
final class HtmlLine extends DraftText {
  int headingLevel;
  int listDepth;
  int indent;
  boolean blockStart;
}
