package dev.vitae.parser.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over the DOM of WordprocessingML parts. Stateless. */
final class Ooxml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
  static final String WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";
  static final String VML = "urn:schemas-microsoft-com:vml";

  private Ooxml() {}

  static boolean is(Node node, String ns, String localName) {
    return node instanceof Element
        && localName.equals(node.getLocalName())
        && ns.equals(node.getNamespaceURI());
  }

  static boolean isW(Node node, String localName) {
    return is(node, W, localName);
  }

  /** The first child element with that name. */
  static Optional<Element> findChild(@Nullable Node parent, String ns, String localName) {
    if (parent == null) {
      return Optional.empty();
    }
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (is(c, ns, localName)) {
        return Optional.of((Element) c);
      }
    }
    return Optional.empty();
  }

  static Optional<Element> findW(@Nullable Node parent, String localName) {
    return findChild(parent, W, localName);
  }

  /** The child elements of {@code parent}. */
  static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** A WordprocessingML attribute ({@code w:val} and the like), if present and not empty. */
  static Optional<String> findAttr(Element element, String localName) {
    String value = element.getAttributeNS(W, localName);
    if (value == null || value.isEmpty()) {
      value = element.getAttribute("w:" + localName);
    }
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** An attribute of another namespace, if present and not empty. */
  static Optional<String> findAttr(Element element, String ns, String localName) {
    String value = element.getAttributeNS(ns, localName);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The {@code w:val} of the child {@code localName}, if the child and the value exist. */
  static Optional<String> findVal(Node parent, String localName) {
    return findW(parent, localName).flatMap(e -> findAttr(e, "val"));
  }

  /** An integer {@code w:val} of a child, if present and numeric. */
  static Optional<Integer> findIntVal(Node parent, String localName) {
    return findVal(parent, localName).flatMap(Ooxml::parseInt);
  }

  /**
   * An on/off property ({@code <w:b/>}, {@code <w:b w:val="false"/>}): empty when the child is
   * absent, so that style inheritance can tell "off" from "not said".
   */
  static Optional<Boolean> findOnOff(Node parent, String localName) {
    Optional<Element> e = findW(parent, localName);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    String val = findAttr(e.get(), "val").orElse("true");
    return Optional.of(!(val.equals("0") || val.equals("false") || val.equals("off")));
  }

  /**
   * The text of a node and its descendants (XMLBeans' DOM lacks {@code getTextContent}); bounded by
   * the document, whose size is bounded.
   */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(c.getNodeValue());
      } else if (c.getNodeType() == Node.ELEMENT_NODE) {
        appendText(c, out);
      }
    }
  }

  static Optional<Integer> parseInt(String s) {
    try {
      return Optional.of(Integer.parseInt(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
