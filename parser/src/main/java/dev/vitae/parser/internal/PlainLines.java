package dev.vitae.parser.internal;

import dev.vitae.parser.LineStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Lays out plain text as lines: one line per non-blank source line; blank lines and rules ({@code
 * ----}, {@code ====}, {@code ____}) start a new block; the indent is the leading spaces (a tab
 * counts 4); list markers are stripped and become the list depth (deeper indentation, deeper list);
 * a line underlined with {@code ===} or {@code ---} is a heading of level 1 or 2. Shared by the
 * plain-text reader and Markdown code blocks. Stateless and thread-safe.
 */
public final class PlainLines {
  private static final int TAB_WIDTH = 4;
  private static final int MIN_RULE = 3;
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private PlainLines() {}

  /**
   * Adds the lines of {@code text} to {@code sink}. The text should already be repaired and cleaned
   * ({@link Mojibake}, {@link TextNormalizer#clean(String)}); any line break style works.
   */
  public static void read(String text, LineSink sink) {
    String[] rows = LINE_BREAK.split(text, -1);
    Deque<Integer> listIndents = new ArrayDeque<>();
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      int start = 0;
      int indent = 0;
      while (start < row.length() && (row.charAt(start) == ' ' || row.charAt(start) == '\t')) {
        indent += row.charAt(start) == '\t' ? TAB_WIDTH : 1;
        start++;
      }
      if (start == row.length()) {
        sink.breakBlock();
        continue;
      }
      String content = row.substring(start);
      if (ruleChar(content) != 0) {
        sink.breakBlock();
        continue;
      }
      int marker = ListMarkers.markerLength(content);
      if (marker > 0) {
        while (!listIndents.isEmpty() && listIndents.peek() > indent) {
          listIndents.pop();
        }
        if (listIndents.isEmpty() || listIndents.peek() < indent) {
          listIndents.push(indent);
        }
        sink.add(content.substring(marker), style(indent, 0, listIndents.size()));
        continue;
      }
      if (!listIndents.isEmpty() && indent <= listIndents.peekLast()) {
        listIndents.clear();
      }
      if (i + 1 < rows.length) {
        int level = underlineLevel(rows[i + 1]);
        if (level > 0) {
          sink.add(content, style(indent, level, 0).withBlockStart(true));
          i++;
          continue;
        }
      }
      sink.add(content, style(indent, 0, 0));
    }
  }

  private static LineStyle style(int indent, int headingLevel, int listDepth) {
    return new LineStyle(0, 1, false, indent, headingLevel, listDepth, false, 0);
  }

  // 1 for a === underline, 2 for ---, 0 for any other line.
  private static int underlineLevel(String row) {
    char c = ruleChar(row.strip());
    if (c == '=' || c == '═') {
      return 1;
    }
    return c == '-' || c == '─' || c == '━' ? 2 : 0;
  }

  // The character a rule line repeats (at least three times, spaces allowed), or 0.
  private static char ruleChar(String content) {
    if (content.isEmpty()) {
      return 0;
    }
    char c = content.charAt(0);
    if ("-=_*~─━═".indexOf(c) < 0) {
      return 0;
    }
    int count = 0;
    for (int i = 0; i < content.length(); i++) {
      char d = content.charAt(i);
      if (d == c) {
        count++;
      } else if (d != ' ' && d != '\t') {
        return 0;
      }
    }
    return count >= MIN_RULE ? c : 0;
  }
}
