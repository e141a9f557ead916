package dev.vitae.parser.markdown;

import dev.vitae.parser.LineStyle;
import dev.vitae.parser.internal.LineSink;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw HTML found in Markdown into text lines: tags are stripped, block tags and {@code <br>}
 * end lines, {@code <h1>}-{@code <h6>} give headings, {@code <li>} list items, {@code <a href>}
 * links; comments, scripts and styles are dropped and character references decoded. A tolerant
 * scanner, not an HTML parser: resumes hold small, simple fragments. Not thread-safe (one per
 * block).
 */
final class HtmlText {
  // Bounded, possessive parts: unclosed tags in hostile input must not make scanning quadratic.
  static final Pattern TAG =
      Pattern.compile(
          "<!--.*?(?:-->|\\z)|<![^<>]{0,4000}+>?|<\\?.*?(?:\\?>|\\z)"
              + "|<(/?)([A-Za-z][A-Za-z0-9]{0,30}+)([^<>]{0,4000}+)>",
          Pattern.DOTALL);
  private static final Pattern HREF =
      Pattern.compile(
          "\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "head",
          "header",
          "hr",
          "html",
          "main",
          "nav",
          "p",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "title",
          "tr");

  private final LineSink sink;
  private final LineStyle base;
  private final InlineText line = new InlineText();
  private int headingLevel;
  private int listNesting;
  private int openItems;
  private boolean inPre;
  private boolean skipping;

  private HtmlText(LineSink sink, LineStyle base) {
    this.sink = sink;
    this.base = base;
  }

  /** Adds the lines of an HTML block; {@code base} is the style of its ordinary lines. */
  static void read(String html, LineSink sink, LineStyle base) {
    HtmlText reader = new HtmlText(sink, base);
    Matcher m = TAG.matcher(html);
    int pos = 0;
    while (m.find()) {
      reader.text(html.substring(pos, m.start()));
      if (m.group(2) != null) {
        reader.tag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), m.group(3));
      }
      pos = m.end();
    }
    reader.text(html.substring(pos));
    reader.flush();
  }

  /** The lower-case name of an HTML tag such as {@code <br/>} or {@code </a>}, if it is one. */
  static Optional<Tag> findTag(String literal) {
    Matcher m = TAG.matcher(literal);
    if (!m.lookingAt() || m.group(2) == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Tag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), m.group(3)));
  }

  /** A start or end tag with its raw attribute text. */
  record Tag(String name, boolean closing, String attributes) {
    Optional<String> findHref() {
      Matcher m = HREF.matcher(attributes);
      if (!m.find()) {
        return Optional.empty();
      }
      String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return Optional.of(Entities.decode(raw).strip());
    }

    boolean isBold() {
      return name.equals("b") || name.equals("strong");
    }
  }

  private void text(String raw) {
    if (skipping || raw.isEmpty()) {
      return;
    }
    String decoded = Entities.decode(raw);
    if (!inPre) {
      line.append(decoded.replace('\n', ' ').replace('\r', ' '));
      return;
    }
    String[] rows = LINE_BREAK.split(decoded, -1);
    for (int i = 0; i < rows.length; i++) {
      if (i > 0) {
        flush();
      }
      line.append(rows[i]);
    }
  }

  private void tag(String name, boolean closing, String attributes) {
    Tag tag = new Tag(name, closing, attributes);
    if (name.equals("script") || name.equals("style")) {
      skipping = !closing;
      return;
    }
    if (skipping) {
      return;
    }
    switch (name) {
      case "br" -> flush();
      case "a" -> {
        if (closing) {
          line.closeAnchor();
        } else {
          tag.findHref().ifPresentOrElse(line::openAnchor, () -> line.openAnchor(""));
        }
      }
      case "b", "strong" -> {
        if (closing) {
          line.exitStrong();
        } else {
          line.enterStrong();
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        headingLevel = closing ? 0 : name.charAt(1) - '0';
      }
      case "ul", "ol" -> {
        flush();
        listNesting = Math.max(0, listNesting + (closing ? -1 : 1));
      }
      case "li" -> {
        flush();
        openItems = Math.max(0, openItems + (closing ? -1 : 1));
      }
      case "pre" -> {
        flush();
        inPre = !closing;
      }
      case "td", "th" -> {
        if (!closing && !line.isBlank()) {
          line.append(" | ");
        }
      }
      default -> {
        if (BLOCK_TAGS.contains(name)) {
          flush();
        }
      }
    }
  }

  private void flush() {
    LineStyle style;
    if (headingLevel > 0) {
      style = LineStyle.heading(headingLevel);
    } else if (openItems > 0) {
      style = LineStyle.listItem(base.listDepth() + Math.max(1, listNesting));
    } else {
      style = base;
    }
    if (line.isBold()) {
      style = MarkdownReader.bold(style);
    }
    sink.add(line.text(), style, line.links());
    line.reset();
  }
}
