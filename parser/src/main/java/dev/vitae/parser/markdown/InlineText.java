package dev.vitae.parser.markdown;

import dev.vitae.parser.Link;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The text and links of one line being built from inline content. Not thread-safe. */
final class InlineText {
  private record Anchor(int start, String url) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Link> links = new ArrayList<>();
  private final Deque<Anchor> anchors = new ArrayDeque<>();
  private int strongDepth;
  private int strongChars;
  private int plainChars;

  void append(String s) {
    text.append(s);
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        if (strongDepth > 0) {
          strongChars++;
        } else {
          plainChars++;
        }
      }
    }
  }

  void enterStrong() {
    strongDepth++;
  }

  void exitStrong() {
    strongDepth = Math.max(0, strongDepth - 1);
  }

  int mark() {
    return text.length();
  }

  /** Adds a link whose visible text is everything appended since {@code start}. */
  void addLink(int start, String url) {
    if (url != null && !url.isBlank()) {
      links.add(new Link(text.substring(Math.min(start, text.length())), url));
    }
  }

  /** An HTML {@code <a href>} opens; its {@code </a>} may come in a later inline node. */
  void openAnchor(String url) {
    anchors.push(new Anchor(text.length(), url));
  }

  void closeAnchor() {
    Anchor anchor = anchors.poll();
    if (anchor != null) {
      addLink(anchor.start(), anchor.url());
    }
  }

  boolean isBlank() {
    return text.toString().isBlank();
  }

  String text() {
    return text.toString();
  }

  List<Link> links() {
    return List.copyOf(links);
  }

  /** Whether every visible character of the line is strong emphasis (or bold HTML). */
  boolean isBold() {
    return strongChars > 0 && plainChars == 0;
  }

  /** Starts the next line; open emphasis and anchors carry over to it. */
  void reset() {
    List<Anchor> open = new ArrayList<>(anchors);
    anchors.clear();
    for (int i = open.size() - 1; i >= 0; i--) {
      anchors.push(new Anchor(0, open.get(i).url()));
    }
    text.setLength(0);
    links.clear();
    strongChars = 0;
    plainChars = 0;
  }
}
