package dev.vitae.parser.markdown;

import dev.vitae.parser.LineStyle;
import dev.vitae.parser.internal.HtmlParsing;
import dev.vitae.parser.internal.LineSink;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns raw HTML found in Markdown into text lines: tags are stripped, block tags and {@code <br>}
 * end lines, {@code <h1>}-{@code <h6>} give headings, {@code <li>} list items, {@code <a href>}
 * links; comments, scripts and styles are dropped and character references decoded. The HTML is
 * parsed by jsoup, as a browser would (unclosed and misnested tags included); its tree is walked
 * iteratively, so deep nesting cannot exhaust the stack. Not thread-safe (one per block).
 */
final class HtmlText implements NodeVisitor {
  // An inline HTML node of commonmark is one tag; an end tag alone has no element to parse into.
  private static final Pattern END_TAG =
      Pattern.compile("</([A-Za-z][A-Za-z0-9]{0,30}+)\\s*+>", Pattern.DOTALL);
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
  private int skipping;

  private HtmlText(LineSink sink, LineStyle base) {
    this.sink = sink;
    this.base = base;
  }

  /** Adds the lines of an HTML block; {@code base} is the style of its ordinary lines. */
  static void read(String html, LineSink sink, LineStyle base) {
    HtmlText reader = new HtmlText(sink, base);
    Element body = HtmlParsing.bodyFragment(html);
    for (Node child : body.childNodes()) {
      NodeTraversor.traverse(reader, child);
    }
    reader.flush();
  }

  /**
   * The tag of an inline HTML node such as {@code <br/>}, {@code <a href="…">} or {@code </a>}, if
   * it is one (not a comment or a declaration).
   */
  static Optional<Tag> findTag(String literal) {
    Matcher end = END_TAG.matcher(literal);
    if (end.matches()) {
      return Optional.of(new Tag(end.group(1).toLowerCase(Locale.ROOT), true, ""));
    }
    // A start tag: the one element jsoup makes of it, with its attributes decoded.
    Element first = HtmlParsing.bodyFragment(literal).firstElementChild();
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(new Tag(first.normalName(), false, first.attr("href")));
  }

  /** A start or end tag, with the {@code href} of a start tag (decoded; empty when it has none). */
  record Tag(String name, boolean closing, String href) {
    Optional<String> findHref() {
      String value = href.strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      text(text.getWholeText());
    } else if (node instanceof Element element) {
      tag(element, false);
    }
  }

  @Override
  public void tail(Node node, int depth) {
    // A void element (<br>, <hr>) is one tag: its start did the work.
    if (node instanceof Element element && !element.tag().isEmpty()) {
      tag(element, true);
    }
  }

  private void text(String decoded) {
    if (skipping > 0 || decoded.isEmpty()) {
      return;
    }
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

  private void tag(Element element, boolean closing) {
    String name = element.normalName();
    if (name.equals("script") || name.equals("style")) {
      skipping = Math.max(0, skipping + (closing ? -1 : 1));
      return;
    }
    if (skipping > 0) {
      return;
    }
    switch (name) {
      case "br" -> flush();
      case "a" -> {
        if (closing) {
          line.closeAnchor();
        } else {
          String href = element.attr("href").strip();
          line.openAnchor(href);
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
