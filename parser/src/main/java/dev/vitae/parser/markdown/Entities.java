package dev.vitae.parser.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Decodes HTML character references in raw HTML. commonmark decodes them in Markdown text but not
 * in HTML blocks, and keeps its HTML5 entity table internal, so each reference is decoded by
 * letting commonmark parse it alone. Thread-safe.
 */
final class Entities {
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Parser PARSER = Parser.builder().build();

  private Entities() {}

  static String decode(String html) {
    if (html.indexOf('&') < 0) {
      return html;
    }
    Matcher m = REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decodeOne(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decodeOne(String reference) {
    Node document = PARSER.parse(reference);
    Node paragraph = document.getFirstChild();
    if (paragraph instanceof Paragraph
        && paragraph.getFirstChild() instanceof Text text
        && text.getNext() == null) {
      return text.getLiteral();
    }
    return reference;
  }
}
