package dev.vitae.parser.html;

import dev.vitae.parser.Link;
import dev.vitae.parser.internal.LinkSpans;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line being drafted from HTML: its text and links, how many visible characters are bold and at
 * which size, and its layout. Mutable; one per line.
 */
final class HtmlLine {
  final StringBuilder text = new StringBuilder();
  private final LinkSpans spans = new LinkSpans();
  // Visible characters per font size in tenths of a point; 0 is "not stated".
  final Map<Integer, Integer> sizeChars = new HashMap<>();
  int boldChars;
  int plainChars;
  int headingLevel;
  int listDepth;
  int indent;
  boolean blockStart;

  void append(String s, boolean bold, int tenthPoints) {
    text.append(s);
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        visible++;
      }
    }
    if (visible == 0) {
      return;
    }
    if (bold) {
      boldChars += visible;
    } else {
      plainChars += visible;
    }
    sizeChars.merge(tenthPoints, visible, Integer::sum);
  }

  int length() {
    return text.length();
  }

  /** Adds a link whose visible text is what was appended since {@code start}. */
  void addLink(int start, String url) {
    spans.add(text, start, text.length(), url);
  }

  /** Adds a link over the characters from {@code start} to {@code end}. */
  void addLink(int start, int end, String url) {
    spans.add(text, start, end, url);
  }

  /** Removes the first {@code n} characters (a list marker), keeping links on the rest. */
  void deletePrefix(int n) {
    text.delete(0, n);
    spans.shiftLeft(n);
  }

  /** The links with their visible text. */
  List<Link> links() {
    return spans.links(text);
  }

  boolean isBlank() {
    return boldChars + plainChars == 0;
  }

  /** Whether every visible character is bold. */
  boolean isBold() {
    return boldChars > 0 && plainChars == 0;
  }

  /** Appends {@code other}'s text, links and character counts after {@code separator}. */
  void absorb(HtmlLine other, String separator) {
    if (text.length() > 0 && !separator.isEmpty()) {
      text.append(separator);
    }
    int shift = text.length();
    text.append(other.text);
    spans.addAll(other.spans, shift);
    boldChars += other.boldChars;
    plainChars += other.plainChars;
    other.sizeChars.forEach((size, chars) -> sizeChars.merge(size, chars, Integer::sum));
  }

  /** The key with the largest count (the smaller key on ties); 0 for an empty map. */
  static int dominant(Map<Integer, Integer> counts) {
    int best = 0;
    int bestCount = -1;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int count = e.getValue();
      if (count > bestCount || (count == bestCount && e.getKey() < best)) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}
