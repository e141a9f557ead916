package dev.vitae.bench.devcorpus;

import java.util.ArrayList;
import java.util.List;

/** Column arithmetic for the plain-text renderers: display width, padding and word wrap. */
final class PlainText {
  private PlainText() {}

  /**
   * Columns the text takes in a monospaced terminal: wide (CJK, full-width) characters take two.
   */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** The character repeated to the given width. */
  static String repeat(char c, int width) {
    return String.valueOf(c).repeat(Math.max(0, width));
  }

  /** Left text and right text on one line, the right text ending at the given column if it fits. */
  static String spread(String left, String right, int columns) {
    int gap = columns - width(left) - width(right);
    return left + " ".repeat(Math.max(2, gap)) + right;
  }

  /**
   * Wraps text to the given width: breaks at spaces, and between two wide characters (Chinese has
   * no spaces); a word longer than the width stays whole.
   *
   * @param first put before the first line
   * @param rest put before every other line (a hanging indent)
   */
  static List<String> wrap(String text, int columns, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineWidth = width(first);
    boolean empty = true;
    for (Token token : tokens(text)) {
      int w = width(token.text());
      boolean spaced = !empty && token.spaceBefore();
      if (!empty && lineWidth + (spaced ? 1 : 0) + w > columns) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        lineWidth = width(rest);
        empty = true;
        spaced = false;
      }
      if (spaced) {
        line.append(' ');
        lineWidth++;
      }
      line.append(token.text());
      lineWidth += w;
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  private record Token(String text, boolean spaceBefore) {}

  // A token is a run of narrow non-space characters, or one wide character.
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean spaceBeforeWord = false;
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        space = true;
        continue;
      }
      if (wide(cp) || space) {
        if (word.length() > 0) {
          tokens.add(new Token(word.toString(), spaceBeforeWord));
          word.setLength(0);
        }
      }
      if (wide(cp)) {
        tokens.add(new Token(new String(Character.toChars(cp)), space));
      } else {
        if (word.length() == 0) {
          spaceBeforeWord = space;
        }
        word.appendCodePoint(cp);
      }
      space = false;
    }
    if (word.length() > 0) {
      tokens.add(new Token(word.toString(), spaceBeforeWord));
    }
    return tokens;
  }
}
