package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of an entry read as prose and bullets: the lines before the first bullet are the
 * summary (or description), every line from the first bullet on is one highlight, nested bullets
 * flattened in document order.
 */
public record EntryBody(String summary, List<String> highlights) {
  public EntryBody {
    highlights = List.copyOf(highlights);
  }

  /**
   * Reads {@code lines}; {@code front} are texts that open the body (a product line that shared a
   * header line with a date).
   */
  public static EntryBody read(List<String> front, List<LineFeatures> lines, Period period) {
    List<String> summary = new ArrayList<>(front);
    List<String> highlights = new ArrayList<>();
    boolean inBullets = false;
    for (LineFeatures lf : lines) {
      String text = Texts.clean(period.strip(lf));
      if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (lf.bullet()) {
        inBullets = true;
      }
      if (inBullets) {
        highlights.add(text);
      } else {
        summary.add(text);
      }
    }
    return new EntryBody(join(summary), highlights);
  }

  /** Joins lines of one paragraph: a space between words, none between two Han characters. */
  public static String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      if (l == null || l.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        char last = sb.charAt(sb.length() - 1);
        char first = l.charAt(0);
        if (!(isHan(last) && isHan(first))) {
          sb.append(' ');
        }
      }
      sb.append(l.strip());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
