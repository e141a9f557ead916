package dev.vitae.parser.internal;

import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The links of a line being built by a reader: each a target and the range of the line's text it
 * covers. Mutable; one per line, used by one thread.
 */
public final class LinkSpans {
  // A link's target and where its visible text is in the line.
  private record Span(int start, int end, String url) {}

  private final List<Span> spans = new ArrayList<>();

  /** Adds a link over {@code text[start, end)}; a blank target or blank text adds nothing. */
  public void add(CharSequence text, int start, int end, String url) {
    int from = Math.min(Math.max(0, start), text.length());
    int to = Math.min(Math.max(from, end), text.length());
    if (url != null && !url.isBlank() && !text.subSequence(from, to).toString().isBlank()) {
      spans.add(new Span(from, to, url.strip()));
    }
  }

  /** Moves every link {@code n} characters left, after the first {@code n} were deleted. */
  public void shiftLeft(int n) {
    spans.replaceAll(s -> new Span(Math.max(0, s.start - n), Math.max(0, s.end - n), s.url));
    spans.removeIf(s -> s.end <= s.start);
  }

  /** Adds {@code other}'s links, moved {@code shift} characters right (its text was appended). */
  public void addAll(LinkSpans other, int shift) {
    for (Span span : other.spans) {
      spans.add(new Span(span.start + shift, span.end + shift, span.url));
    }
  }

  /**
   * The links with their visible text in {@code text}. Links to the same target that follow one
   * another within a word (a hyperlink split into runs or boxes) become one.
   */
  public List<Link> links(CharSequence text) {
    List<Link> out = new ArrayList<>(spans.size());
    Span open = null;
    for (Span span : spans) {
      if (open != null && open.url.equals(span.url) && joins(text, open, span)) {
        open = new Span(open.start, Math.max(open.end, span.end), open.url);
        continue;
      }
      addVisible(text, out, open);
      open = span;
    }
    addVisible(text, out, open);
    return out;
  }

  // Same-target links one character apart, or with no space between them, are one word's link.
  private static boolean joins(CharSequence text, Span open, Span next) {
    if (next.start <= open.end + 1) {
      return true;
    }
    for (int i = open.end; i < next.start && i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void addVisible(CharSequence text, List<Link> out, @Nullable Span span) {
    if (span == null) {
      return;
    }
    String visible =
        text.subSequence(span.start, Math.min(span.end, text.length())).toString().strip();
    if (!visible.isEmpty()) {
      out.add(new Link(visible, span.url));
    }
  }
}
