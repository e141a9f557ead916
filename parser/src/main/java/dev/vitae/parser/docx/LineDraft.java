package dev.vitae.parser.docx;

import dev.vitae.parser.internal.DraftText;

/**
 * One line being drafted from a paragraph: its text, links and character counts (sizes in
 * half-points), and the paragraph's layout. Mutable; one per line.
 */
final class LineDraft extends DraftText {
  int headingLevel;
  int listDepth;
  int indent;
  int page;
  int column;
  boolean blockStart;

  LineDraft(int page) {
    this.page = page;
  }

  /** A line with the same layout as {@code other}, for the next line of the same paragraph. */
  static LineDraft continuing(LineDraft other) {
    LineDraft next = new LineDraft(other.page);
    next.headingLevel = other.headingLevel;
    next.listDepth = other.listDepth;
    next.indent = other.indent;
    next.column = other.column;
    return next;
  }
}
