package dev.vitae.parser.internal;

import dev.vitae.parser.Cell;
import dev.vitae.parser.LineStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out plain text as lines: one line per non-blank source line; blank lines and rules ({@code
 * ----}, {@code ====}, {@code ____}) start a new block; the indent is the leading spaces (a tab
 * counts 4); list markers are stripped and become the list depth (deeper indentation, deeper list);
 * a line underlined with {@code ===} or {@code ---}, or set off by such a rule on its own row
 * ({@code SKILLS -----}, {@code *** Skills ***}), is a heading of level 1 or 2, and so is a short
 * line in capitals standing alone ({@code EXPERIENCE}, indented or not: level 1 when it is the
 * document's first line, the name, else 2); tabs and leaders ({@code ....}) split a row into cells.
 * Shared by the plain-text reader and Markdown code blocks. Stateless and thread-safe.
 */
public final class PlainLines {
  private static final int TAB_WIDTH = 4;
  private static final int MIN_RULE = 3;
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final int MAX_TITLE = 60;
  // A title with a rule of three or more of one character after it, before it, or both.
  // Possessive runs: with a plain \\s* on both sides of the optional rule, a long run of spaces
  // made matching cubic in its length (a 64 kB line took hours).
  private static final Pattern DECORATED_HEADING =
      Pattern.compile(
          "(?:([-=_*~#─━═])\\1{2,}+\\s*+)?([^-=_*~#─━═\\s][^\\t]*?)\\s*+(?:([-=_*~#─━═])\\3{2,}+)?\\s*+");
  // A decorated heading is a title of at most MAX_TITLE characters and its rules.
  private static final int MAX_DECORATED = 4 * MAX_TITLE;
  // A heading in capitals: letters, spaces and a few joiners (SKILLS & TOOLS, Q/A, RÉSUMÉ:), no
  // digits, commas or addresses.
  private static final Pattern CAPS_HEADING = Pattern.compile("[\\p{Lu}&/' -]+:?");
  private static final int MIN_CAPS_LETTERS = 4;
  private static final int MAX_CAPS_WORDS = 5;
  // Tabs, or a leader of four or more dots, dashes or underscores between spaces.
  // Tried only where a run of blanks starts, and possessive: a find over a long run of spaces
  // otherwise retried the whole run from each of its positions.
  private static final Pattern CELL_GAP =
      Pattern.compile("(?<![ \t]) *+\t[ \t]*+|(?<![ \t]) ++[.\\-_·…]{4,}+ ++");

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
      Matcher decorated = DECORATED_HEADING.matcher(content);
      if (content.length() <= MAX_DECORATED
          && decorated.matches()
          && (decorated.group(1) != null || decorated.group(3) != null)
          && isTitle(decorated.group(2))) {
        // SKILLS ------, === Skills ===, *** Skills ***: a heading set off by a rule on its row
        String ruleText = decorated.group(1) != null ? decorated.group(1) : decorated.group(3);
        char rule = ruleText == null ? '-' : ruleText.charAt(0);
        listIndents.clear();
        sink.add(
            decorated.group(2).strip(),
            style(indent, rule == '=' || rule == '═' ? 1 : 2, 0).withBlockStart(true));
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
      if (i + 1 < rows.length && isTitle(content)) {
        int level = underlineLevel(rows[i + 1]);
        if (level > 0) {
          sink.add(content, style(indent, level, 0).withBlockStart(true));
          i++;
          continue;
        }
      }
      if (isCapsHeading(content)) {
        listIndents.clear();
        int level = sink.lines().isEmpty() ? 1 : 2;
        sink.add(content.strip(), style(indent, level, 0).withBlockStart(true));
        continue;
      }
      sink.add(cells(content, indent), style(indent, 0, 0), List.of());
    }
  }

  private static boolean isCapsHeading(String content) {
    String t = content.strip();
    if (t.length() > MAX_TITLE || !CAPS_HEADING.matcher(t).matches()) {
      return false;
    }
    long letters = t.codePoints().filter(Character::isLetter).count();
    return letters >= MIN_CAPS_LETTERS && t.split(" +").length <= MAX_CAPS_WORDS;
  }

  /**
   * The cells of a row: text set apart by tabs or by a leader ({@code ....} or {@code ----} between
   * spaces). Runs of spaces do not split a row: typed and justified prose has them too. Each cell's
   * x is its character column.
   */
  static List<Cell> cells(String content, int indent) {
    List<Cell> cells = new ArrayList<>();
    Matcher gap = CELL_GAP.matcher(content);
    int from = 0;
    while (gap.find()) {
      if (gap.start() == 0 || gap.end() == content.length()) {
        continue;
      }
      cells.add(
          new Cell(content.substring(from, gap.start()), indent + from, indent + gap.start()));
      from = gap.end();
    }
    cells.add(new Cell(content.substring(from), indent + from, indent + content.length()));
    return cells;
  }

  // A short heading-like text: letters, at most MAX_TITLE characters, not a sentence.
  private static boolean isTitle(String text) {
    String t = text.strip();
    return !t.isEmpty()
        && t.length() <= MAX_TITLE
        && t.codePoints().anyMatch(Character::isLetter)
        && !t.endsWith(".");
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
