package dev.vitae.parser.html;

import dev.vitae.parser.internal.DraftText;
import java.util.ArrayList;
import java.util.List;

/**
 * One line being drafted from HTML: its text, links and character counts (sizes in tenths of a
 * point; 0 is "not stated"), its layout, and for a row of boxes the texts of its cells. Mutable;
 * one per line.
 */
final class HtmlLine extends DraftText {
  int headingLevel;
  int listDepth;
  int indent;
  boolean blockStart;
  final List<String> cells = new ArrayList<>();
}
