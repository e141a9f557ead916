package dev.vitae.parser.markdown;

import java.util.regex.Pattern;

/**
 * Decides whether text that arrived as plain text is written in Markdown, by weighing syntax that
 * plain-text resumes do not use: ATX headings, setext underlines, links, images, strong emphasis,
 * code spans and fences, tables, autolinks. List items count only a little, since plain text uses
 * {@code -} bullets too. Stateless and thread-safe.
 */
public final class MarkdownEvidence {
  /** Score from which text is Markdown. */
  static final double THRESHOLD = 4;

  /** Score that must come from syntax other than list items. */
  static final double MIN_STRONG = 2;

  private static final int MAX_LINES = 2_000;
  private static final int MAX_LINE_CHARS = 1_000;

  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+\\S");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^[ \\t]*([-*+]|\\d{1,2}[.)])[ \\t]+\\S");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]+]\\([^)\\s]+\\)");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\s]+\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)\\S[^\\n]*?\\S?\\1");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("^ *\\|? *:?-{3,}:? *(\\| *:?-{3,}:? *)+\\|? *$");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://|mailto:)[^>\\s]+>");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private MarkdownEvidence() {}

  /** Whether the text reads as Markdown rather than plain text. */
  public static boolean looksLikeMarkdown(String text) {
    double[] scores = scores(text);
    return scores[0] >= MIN_STRONG && scores[0] + scores[1] >= THRESHOLD;
  }

  /** {strong syntax score, list item score}, each signal capped so that no one kind decides. */
  static double[] scores(String text) {
    int headings = 0;
    int setext = 0;
    int lists = 0;
    int links = 0;
    int images = 0;
    int strong = 0;
    int code = 0;
    int fences = 0;
    int tables = 0;
    int autolinks = 0;
    String[] rows = LINE_BREAK.split(text, MAX_LINES + 1);
    String previous = "";
    for (int i = 0; i < rows.length && i < MAX_LINES; i++) {
      // Long lines are cut so that the patterns stay linear on hostile input.
      String row =
          rows[i].length() > MAX_LINE_CHARS ? rows[i].substring(0, MAX_LINE_CHARS) : rows[i];
      if (ATX_HEADING.matcher(row).find()) {
        headings++;
      } else if (SETEXT.matcher(row).find()
          && row.strip().length() >= 3
          && !previous.isBlank()
          && !LIST_ITEM.matcher(previous).find()) {
        setext++;
      } else if (LIST_ITEM.matcher(row).find()) {
        lists++;
      }
      links += count(LINK, row);
      images += count(IMAGE, row);
      strong += count(STRONG, row);
      code += count(CODE_SPAN, row);
      fences += FENCE.matcher(row).find() ? 1 : 0;
      tables += TABLE_DELIMITER.matcher(row).find() ? 1 : 0;
      autolinks += count(AUTOLINK, row);
      previous = row;
    }
    double strongScore =
        Math.min(headings * 2, 10)
            + Math.min(setext * 2, 6)
            + Math.min(links * 3, 9)
            + Math.min(images * 3, 6)
            + Math.min(strong * 2, 6)
            + Math.min(code, 3)
            + Math.min(fences / 2 * 3, 6)
            + Math.min(tables * 4, 4)
            + Math.min(autolinks * 2, 4);
    double listScore = Math.min(lists * 0.25, 2);
    return new double[] {strongScore, listScore};
  }

  private static int count(Pattern pattern, String row) {
    int n = 0;
    var m = pattern.matcher(row);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
