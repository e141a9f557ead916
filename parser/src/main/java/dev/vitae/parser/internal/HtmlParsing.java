package dev.vitae.parser.internal;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * jsoup's HTML parser with a bound on how deeply elements nest. jsoup looks through the open
 * elements for each tag, so thousands of nested {@code <div>}s (a hostile file, never a resume)
 * cost time in proportion to their depth; past {@link #MAX_DEPTH} open elements jsoup closes the
 * deepest, and the text stays. Real pages, site builders included, nest a few dozen deep.
 */
public final class HtmlParsing {
  /** Open elements kept at once (jsoup's default is 512). */
  public static final int MAX_DEPTH = 128;

  private HtmlParsing() {}

  /** Parses a whole HTML document. */
  public static Document parse(String html) {
    return parser().parseInput(html, "");
  }

  /** Parses an HTML fragment as the content of a {@code <body>}, and returns that body. */
  public static Element bodyFragment(String html) {
    Document shell = Document.createShell("");
    Element body = shell.body();
    List<Node> nodes = parser().parseFragmentInput(html, body, "");
    body.appendChildren(nodes);
    return body;
  }

  // A Parser is not for concurrent use: one per call, as Jsoup.parse makes.
  private static Parser parser() {
    return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
  }
}
