package dev.vitae.parser.html;

import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line being drafted from HTML: its text and links, how many visible characters are bold and at
 * which size, and its layout. Mutable; one per line.
 */
final class HtmlLine {
  // A link's target and where its visible text is in the line.
  private record Span(int start, int end, String url) {}

  final StringBuilder text = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
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
    if (url == null || url.isBlank()) {
      return;
    }
    int from = Math.min(Math.max(0, start), text.length());
    if (!text.substring(from).isBlank()) {
      spans.add(new Span(from, text.length(), url.strip()));
    }
  }

  /** Adds a link over the characters from {@code start} to {@code end}. */
  void addLink(int start, int end, String url) {
    int from = Math.min(Math.max(0, start), text.length());
    int to = Math.min(Math.max(from, end), text.length());
    if (url != null && !url.isBlank() && !text.substring(from, to).isBlank()) {
      spans.add(new Span(from, to, url.strip()));
    }
  }

  /** Removes the first {@code n} characters (a list marker), keeping links on the rest. */
  void deletePrefix(int n) {
    text.delete(0, n);
    spans.replaceAll(s -> new Span(Math.max(0, s.start - n), Math.max(0, s.end - n), s.url));
    spans.removeIf(s -> s.end <= s.start);
  }

  /** The links with their visible text. */
  List<Link> links() {
    List<Link> out = new ArrayList<>(spans.size());
    for (Span span : spans) {
      String visible = text.substring(span.start, Math.min(span.end, text.length())).strip();
      if (!visible.isEmpty()) {
        out.add(new Link(visible, span.url));
      }
    }
    return out;
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
    for (Span span : other.spans) {
      spans.add(new Span(span.start + shift, span.end + shift, span.url));
    }
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
