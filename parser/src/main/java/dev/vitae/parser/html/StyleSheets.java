package dev.vitae.parser.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.CSSValueImpl;
import org.htmlunit.cssparser.dom.MediaListImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.htmlunit.cssparser.parser.media.MediaQuery;
import org.htmlunit.cssparser.parser.selector.Selector;
import org.htmlunit.cssparser.parser.selector.SelectorSpecificity;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The document's own style sheets, applied to its elements before {@link HtmlWalker} reads them:
 * what a browser shows and the markup alone does not. JSON Resume themes and site generators put
 * their layout in {@code <style>} elements and class selectors ({@code .date { float: right }},
 * {@code .item-header { display: flex }}, {@code .tag:not(:last-child)::after { content: ", " }}),
 * and the walker reads only {@code style} attributes. So each element's cascaded value of the
 * properties the walker reads (display, visibility, float, flex direction, font weight and size) is
 * written into its {@code style} attribute, inline declarations winning as in CSS, and the text of
 * {@code ::before} and {@code ::after} rules ({@code content} strings and {@code attr()}) is added
 * as text where the browser draws it.
 *
 * <p>Only {@code <style>} elements are read: linked style sheets are never fetched (parsing never
 * touches the network). Rules for screens of any width apply ({@code @media screen}, {@code all});
 * those for print or for a range of widths do not, nor selectors of states ({@code :hover}). The
 * cascade is CSS's: {@code !important}, then specificity, then order. Icon-font glyphs (private use
 * characters) in {@code content} are dropped: {@link HtmlIcons} reads icons from their classes. The
 * work is bounded ({@link #MAX_CSS_CHARS}, {@link #MAX_SELECTORS}), so a hostile sheet costs
 * little.
 */
final class StyleSheets {
  /** Style sheet text read per document; the rest is ignored. */
  static final int MAX_CSS_CHARS = 1 << 20;

  /** Selectors matched per document; later rules are ignored. */
  static final int MAX_SELECTORS = 4000;

  // The properties HtmlWalker reads; a rule without any of them is not matched at all.
  private static final Set<String> READ =
      Set.of("display", "visibility", "float", "flex-direction", "font-weight", "font-size");
  private static final Pattern PSEUDO_ELEMENT =
      Pattern.compile("::?(before|after)$", Pattern.CASE_INSENSITIVE);
  // States and parts a static reading never shows.
  private static final Pattern UNSEEN =
      Pattern.compile(
          ":(?:hover|focus|focus-within|focus-visible|active|visited|target|checked|disabled|"
              + "placeholder-shown)\\b|::?(?:selection|placeholder|marker|backdrop|first-letter|"
              + "first-line|-webkit-|-moz-)",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> SCREEN_MEDIA = Set.of("all", "screen", "");
  private static final int MAX_CONTENT_CHARS = 40;

  private static final CSSErrorHandler QUIET =
      new CSSErrorHandler() {
        @Override
        public void warning(CSSParseException e) {}

        @Override
        public void error(CSSParseException e) {}

        @Override
        public void fatalError(CSSParseException e) {}
      };

  /** One declaration as it applies to one element: the cascade's sort key and the value. */
  private record Declared(
      boolean important, SelectorSpecificity specificity, int order, CSSValueImpl value)
      implements Comparable<Declared> {
    @Override
    public int compareTo(Declared o) {
      if (important != o.important) {
        return important ? 1 : -1;
      }
      int c = specificity.compareTo(o.specificity);
      return c != 0 ? c : Integer.compare(order, o.order);
    }
  }

  private final Map<Element, Map<String, Declared>> declared = new IdentityHashMap<>();
  private final Map<Element, Declared> before = new IdentityHashMap<>();
  private final Map<Element, Declared> after = new IdentityHashMap<>();
  private final CSSOMParser parser;
  private int order;
  private int selectors;

  private StyleSheets(CSSOMParser parser) {
    this.parser = parser;
  }

  /**
   * Applies the {@code <style>} elements of {@code root}'s document to {@code root} and its
   * descendants, in place.
   */
  static void apply(Element root) {
    String css = styleText(root);
    if (css.isBlank()) {
      return;
    }
    CSSOMParser parser = new CSSOMParser();
    parser.setErrorHandler(QUIET);
    CSSStyleSheetImpl sheet;
    try {
      sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
    } catch (IOException | RuntimeException e) {
      return; // a sheet the parser cannot read styles nothing
    }
    if (sheet == null) {
      return;
    }
    StyleSheets sheets = new StyleSheets(parser);
    sheets.rules(root, sheet.getCssRules().getRules());
    sheets.write();
  }

  private static String styleText(Element root) {
    Element top = root.ownerDocument() != null ? root.ownerDocument() : root;
    StringBuilder css = new StringBuilder();
    for (Element style : top.select("style")) {
      String media = style.attr("media").strip().toLowerCase(Locale.ROOT);
      if (!SCREEN_MEDIA.contains(media)) {
        continue;
      }
      css.append(style.data()).append('\n');
      if (css.length() > MAX_CSS_CHARS) {
        css.setLength(MAX_CSS_CHARS);
        break;
      }
    }
    return css.toString();
  }

  private void rules(Element root, List<AbstractCSSRuleImpl> rules) {
    for (AbstractCSSRuleImpl rule : rules) {
      if (selectors >= MAX_SELECTORS) {
        return;
      }
      if (rule instanceof CSSStyleRuleImpl style) {
        styleRule(root, style);
      } else if (rule instanceof CSSMediaRuleImpl media && onScreen(media.getMediaList())) {
        rules(root, media.getCssRules().getRules());
      }
    }
  }

  // A media list that holds for any screen: no print-only, no width or other feature conditions.
  private static boolean onScreen(MediaListImpl media) {
    for (int i = 0; i < media.getLength(); i++) {
      MediaQuery q = media.mediaQuery(i);
      String type = q.getMedia() == null ? "" : q.getMedia().toLowerCase(Locale.ROOT);
      if (!q.isNot() && q.getProperties().isEmpty() && SCREEN_MEDIA.contains(type)) {
        return true;
      }
    }
    return false;
  }

  private void styleRule(Element root, CSSStyleRuleImpl rule) {
    CSSStyleDeclarationImpl style = rule.getStyle();
    Property content = style.getPropertyDeclaration("content");
    boolean reads = false;
    for (Property p : style.getProperties()) {
      reads |= READ.contains(p.getName().toLowerCase(Locale.ROOT));
    }
    if (!reads && content == null) {
      return;
    }
    for (Selector selector : rule.getSelectors()) {
      if (++selectors > MAX_SELECTORS) {
        return;
      }
      String text = selector.toString();
      if (UNSEEN.matcher(text).find()) {
        continue;
      }
      Matcher pseudo = PSEUDO_ELEMENT.matcher(text);
      boolean generated = pseudo.find();
      if (generated ? content == null : !reads) {
        continue;
      }
      Elements matched = select(root, generated ? text.substring(0, pseudo.start()) : text);
      if (matched.isEmpty()) {
        continue;
      }
      SelectorSpecificity specificity = selector.getSelectorSpecificity();
      int at = order++;
      if (generated) {
        Map<Element, Declared> side =
            pseudo.group(1).toLowerCase(Locale.ROOT).equals("before") ? before : after;
        Declared d = new Declared(content.isImportant(), specificity, at, content.getValue());
        for (Element e : matched) {
          side.merge(e, d, (old, now) -> now.compareTo(old) >= 0 ? now : old);
        }
        continue;
      }
      for (Property p : style.getProperties()) {
        String name = p.getName().toLowerCase(Locale.ROOT);
        if (!READ.contains(name)) {
          continue;
        }
        Declared d = new Declared(p.isImportant(), specificity, at, p.getValue());
        for (Element e : matched) {
          declared
              .computeIfAbsent(e, k -> new LinkedHashMap<>())
              .merge(name, d, (old, now) -> now.compareTo(old) >= 0 ? now : old);
        }
      }
    }
  }

  private static Elements select(Element root, String selector) {
    String css = selector.isBlank() || selector.endsWith(" ") ? selector + "*" : selector;
    try {
      return root.select(css);
    } catch (IllegalArgumentException e) {
      return new Elements(); // a selector jsoup does not know: it styles nothing here
    }
  }

  private void write() {
    declared.forEach(this::writeStyle);
    before.forEach((e, d) -> generated(e, d, true));
    after.forEach((e, d) -> generated(e, d, false));
  }

  // The element's style attribute with the sheets' values first and its own declarations over them.
  private void writeStyle(Element e, Map<String, Declared> sheet) {
    Map<String, String> values = new LinkedHashMap<>();
    sheet.forEach((name, d) -> values.put(name, d.value().getCssText()));
    String inline = e.attr("style");
    if (!inline.isBlank()) {
      try {
        for (Property p : parser.parseStyleDeclaration(inline).getProperties()) {
          String name = p.getName().toLowerCase(Locale.ROOT);
          Declared d = sheet.get(name);
          if (d == null || !d.important() || p.isImportant()) {
            values.put(name, p.getValue().getCssText());
          }
        }
      } catch (IOException | RuntimeException ex) {
        return; // an attribute the parser cannot read is left as written
      }
    }
    StringBuilder style = new StringBuilder();
    values.forEach((name, value) -> style.append(name).append(": ").append(value).append("; "));
    e.attr("style", style.toString().strip());
  }

  private static void generated(Element e, Declared d, boolean first) {
    String text = contentText(e, d.value());
    if (text.isEmpty()) {
      return;
    }
    if (first) {
      e.prependChild(new TextNode(text));
    } else {
      e.appendChild(new TextNode(text));
    }
  }

  /**
   * The text of a {@code content} value: its strings and {@code attr()} values, in order; icon
   * glyphs dropped, a long text dropped, a blank one a space.
   */
  private static String contentText(Element e, CSSValueImpl parsed) {
    StringBuilder text = new StringBuilder();
    List<CSSValueImpl> parts = new ArrayList<>();
    if (parsed.getLength() > 0) {
      for (int i = 0; i < parsed.getLength(); i++) {
        parts.add(parsed.item(i));
      }
    } else {
      parts.add(parsed);
    }
    for (CSSValueImpl part : parts) {
      LexicalUnit.LexicalUnitType type = part.getLexicalUnitType();
      if (type == LexicalUnit.LexicalUnitType.STRING_VALUE) {
        text.append(part.getStringValue());
      } else if (type == LexicalUnit.LexicalUnitType.ATTR) {
        text.append(e.attr(part.getStringValue().strip()));
      }
    }
    StringBuilder visible = new StringBuilder();
    text.codePoints()
        .filter(c -> Character.getType(c) != Character.PRIVATE_USE)
        .forEach(visible::appendCodePoint);
    String s = visible.toString();
    if (s.length() > MAX_CONTENT_CHARS) {
      return "";
    }
    return s.isBlank() && !s.isEmpty() ? " " : s;
  }
}
