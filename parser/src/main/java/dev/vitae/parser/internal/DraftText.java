package dev.vitae.parser.internal;

import dev.vitae.parser.Link;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a line a reader is building: the characters, the links over them, and how many
 * visible characters are bold and at which font size (in whatever unit the reader measures).
 * Readers extend it with their layout fields. Mutable; one per line, used by one thread.
 */
public class DraftText {
  private final StringBuilder text = new StringBuilder();
  private final LinkSpans spans = new LinkSpans();
  private final Map<Integer, Integer> sizeChars = new HashMap<>();
  private int boldChars;
  private int plainChars;

  /** The characters so far; callers may append to it directly (text that carries no counts). */
  public StringBuilder text() {
    return text;
  }

  /** Appends {@code s}, counting its visible characters as bold or not and at {@code size}. */
  public void append(String s, boolean bold, int size) {
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
    sizeChars.merge(size, visible, Integer::sum);
  }

  public int length() {
    return text.length();
  }

  /** Adds a link whose visible text is what was appended since {@code start}. */
  public void addLink(int start, String url) {
    spans.add(text, start, text.length(), url);
  }

  /** Adds a link over the characters from {@code start} to {@code end}. */
  public void addLink(int start, int end, String url) {
    spans.add(text, start, end, url);
  }

  /** Removes the first {@code n} characters (a list marker), keeping links on the rest. */
  public void deletePrefix(int n) {
    text.delete(0, n);
    spans.shiftLeft(n);
  }

  /** The links with their visible text; a hyperlink split into runs or boxes is one. */
  public List<Link> links() {
    return spans.links(text);
  }

  /** Whether no visible character was appended. */
  public boolean isBlank() {
    return boldChars + plainChars == 0;
  }

  /** Whether every visible character is bold. */
  public boolean isBold() {
    return boldChars > 0 && plainChars == 0;
  }

  /** Visible characters per font size, read-only. */
  public Map<Integer, Integer> sizeChars() {
    return Collections.unmodifiableMap(sizeChars);
  }

  /** The size that most visible characters have; 0 when there are none. */
  public int dominantSize() {
    return dominant(sizeChars);
  }

  /** Appends {@code other}'s text, links and character counts after {@code separator}. */
  public void absorb(DraftText other, String separator) {
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
  public static int dominant(Map<Integer, Integer> counts) {
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
