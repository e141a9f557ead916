package dev.vitae.parser.markdown;

import dev.vitae.parser.Cell;
import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.internal.IconCues;
import dev.vitae.parser.internal.KeyValueTables;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.ListMarkers;
import dev.vitae.parser.internal.PlainLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/** Walks one commonmark document into a {@link LineSink}. One instance per document. */
final class LineWalker {
  // Pandoc definition lists ("Term" then ":   definition") leave this marker in a paragraph.
  private static final Pattern DEFINITION_MARKER = Pattern.compile("^\\s*[:~]\\s+");

  // CommonMark's flanking rules leave ** unparsed next to CJK ("共**提升21.7%**商家"); masks stay.
  private static final Pattern LEFTOVER_STRONG = Pattern.compile("(?<!\\*)\\*\\*(?!\\*)");

  // Pandoc definitions may nest; each level re-parses a dedented block, so bound the depth.
  private static final int MAX_DEFINITION_DEPTH = 8;
  private static final int MAX_ICON_WORDS = 3;

  private final LineSink sink;
  private final Parser parser;
  private final int definitionDepth;

  // The line being built from inline content, and the styles of its first and later lines.
  private InlineText line = new InlineText();
  private LineStyle style = LineStyle.PLAIN;
  private LineStyle restStyle = LineStyle.PLAIN;
  private boolean breaksAsSpaces;
  private boolean softBreaksAsSpaces;

  LineWalker(LineSink sink, Parser parser) {
    this(sink, parser, 0);
  }

  private LineWalker(LineSink sink, Parser parser, int definitionDepth) {
    this.sink = sink;
    this.parser = parser;
    this.definitionDepth = definitionDepth;
  }

  void walk(Node document) {
    blocks(document, 0);
  }

  private void blocks(Node parent, int listDepth) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      block(child, listDepth);
    }
  }

  private void block(Node node, int listDepth) {
    LineStyle base = listDepth > 0 ? listStyle(listDepth) : LineStyle.PLAIN;
    if (node instanceof Heading heading) {
      LineStyle first =
          new LineStyle(0, 1, false, base.indent(), heading.getLevel(), listDepth, true, 0);
      inlines(heading, first, base, false);
    } else if (node instanceof Paragraph paragraph) {
      if (listDepth == 0) {
        sink.breakBlock();
      }
      inlines(paragraph, base, base, listDepth > 0);
    } else if (node instanceof ListBlock list) {
      list(list, listDepth + 1);
    } else if (node instanceof FencedCodeBlock code) {
      sink.breakBlock();
      PlainLines.read(code.getLiteral(), sink);
    } else if (node instanceof IndentedCodeBlock code) {
      sink.breakBlock();
      if (continuesDefinition(code) && definitionDepth < MAX_DEFINITION_DEPTH) {
        // Pandoc definition lists indent the definition's further blocks by four spaces.
        new LineWalker(sink, parser, definitionDepth + 1)
            .blocks(parser.parse(code.getLiteral()), listDepth);
      } else {
        PlainLines.read(code.getLiteral(), sink);
      }
    } else if (node instanceof HtmlBlock html) {
      sink.breakBlock();
      HtmlText.read(html.getLiteral(), sink, base);
    } else if (node instanceof ThematicBreak) {
      sink.breakBlock();
    } else if (node instanceof TableBlock table) {
      sink.breakBlock();
      table(table);
    } else if (!(node instanceof LinkReferenceDefinition)) {
      // Block quotes and unknown containers: their content, as if not contained.
      blocks(node, listDepth);
    }
  }

  private void list(ListBlock list, int depth) {
    boolean firstItem = true;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        block(item, depth - 1);
        continue;
      }
      boolean firstChild = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if ((firstChild && firstItem && depth == 1) || !list.isTight()) {
          sink.breakBlock();
        }
        if (child instanceof ListBlock nested) {
          list(nested, depth + 1);
        } else {
          block(child, depth);
        }
        firstChild = false;
      }
      firstItem = false;
    }
  }

  // Whether the block follows a paragraph whose last line is a definition (":   text").
  private static boolean continuesDefinition(Node block) {
    if (!(block.getPrevious() instanceof Paragraph paragraph)) {
      return false;
    }
    Node last = paragraph.getLastChild();
    Node lineStart = last;
    while (lineStart != null
        && lineStart.getPrevious() != null
        && !(lineStart.getPrevious() instanceof SoftLineBreak)
        && !(lineStart.getPrevious() instanceof HardLineBreak)) {
      lineStart = lineStart.getPrevious();
    }
    return lineStart instanceof Text text
        && DEFINITION_MARKER.matcher(text.getLiteral()).lookingAt();
  }

  private static LineStyle listStyle(int depth) {
    // Two spaces per nesting level, as the item would be indented in plain text.
    return new LineStyle(0, 1, false, 2 * (depth - 1), 0, depth, false, 0);
  }

  private void inlines(Node block, LineStyle first, LineStyle rest, boolean joinSoftBreaks) {
    line = new InlineText();
    style = first;
    restStyle = rest;
    breaksAsSpaces = false;
    softBreaksAsSpaces = joinSoftBreaks;
    inlineChildren(block);
    flush();
  }

  private void inlineChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      inline(child);
    }
  }

  private void inline(Node node) {
    if (node instanceof Text text) {
      line.append(text.getLiteral());
    } else if (node instanceof Code code) {
      line.append(code.getLiteral());
    } else if (node instanceof StrongEmphasis) {
      line.enterStrong();
      inlineChildren(node);
      line.exitStrong();
    } else if (node instanceof org.commonmark.node.Link link) {
      int start = line.mark();
      inlineChildren(link);
      line.addLink(start, link.getDestination());
    } else if (node instanceof Image image) {
      // An icon's alt text ("email", "GitHub") labels what follows; other images are decoration.
      Cue.@Nullable Kind kind = iconOf(image);
      if (kind != null) {
        line.append(String.valueOf(IconCues.marker(kind)));
      }
    } else if (node instanceof SoftLineBreak) {
      lineBreak(softBreaksAsSpaces);
    } else if (node instanceof HardLineBreak) {
      lineBreak(false);
    } else if (node instanceof HtmlInline html) {
      htmlInline(html.getLiteral());
    } else {
      inlineChildren(node); // emphasis and extension nodes: their text
    }
  }

  // The kind an image's short alt text names; null for others (a file name is no evidence).
  private static Cue.@Nullable Kind iconOf(Image image) {
    StringBuilder alt = new StringBuilder();
    for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        alt.append(text.getLiteral());
      }
    }
    String name = alt.toString().strip();
    return name.split("\\s+").length <= MAX_ICON_WORDS ? IconCues.ofName(name) : null;
  }

  private void htmlInline(String literal) {
    Optional<HtmlText.Tag> found = HtmlText.findTag(literal);
    if (found.isEmpty()) {
      return; // comments and the like
    }
    HtmlText.Tag tag = found.get();
    switch (tag.name()) {
      case "br" -> lineBreak(false);
      case "a" -> {
        if (tag.closing()) {
          line.closeAnchor();
        } else {
          line.openAnchor(tag.findHref().orElse(""));
        }
      }
      case "b", "strong" -> {
        if (tag.closing()) {
          line.exitStrong();
        } else {
          line.enterStrong();
        }
      }
      default -> {
        // Other tags (font, span, img, sup, ...) only style the text around them.
      }
    }
  }

  private void lineBreak(boolean asSpace) {
    if (asSpace || breaksAsSpaces) {
      line.append(" ");
    } else {
      flush();
    }
  }

  private void flush() {
    String text = DEFINITION_MARKER.matcher(withoutLeftoverStrong(line.text())).replaceFirst("");
    text = text.strip();
    LineStyle lineStyle = style;
    int marker = lineStyle.isHeading() ? 0 : ListMarkers.markerLength(text);
    if (marker > 0) {
      // A bullet Markdown does not know ("• ", "①") or a doubled one ("- • "): still a list item.
      text = text.substring(marker);
      if (!lineStyle.isListItem()) {
        lineStyle = listStyle(1).withBlockStart(lineStyle.blockStart());
      }
    }
    sink.add(text, line.isBold() ? MarkdownReader.bold(lineStyle) : lineStyle, line.links());
    line.reset();
    style = restStyle;
  }

  // Unparsed ** delimiters go only when they pair up.
  private static String withoutLeftoverStrong(String text) {
    if (!text.contains("**")) {
      return text;
    }
    Matcher m = LEFTOVER_STRONG.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count > 0 && count % 2 == 0 ? m.replaceAll("") : text;
  }

  private void table(TableBlock table) {
    List<List<InlineText>> rows = new ArrayList<>();
    collectRows(table, rows);
    boolean keyValue = isKeyValue(rows);
    for (List<InlineText> cells : rows) {
      StringBuilder text = new StringBuilder();
      List<Cell> parts = new ArrayList<>();
      List<Link> links = new ArrayList<>();
      boolean bold = true;
      boolean any = false;
      for (int i = 0; i < cells.size(); i++) {
        InlineText cell = cells.get(i);
        links.addAll(cell.links());
        String value = withoutLeftoverStrong(cell.text()).strip();
        if (value.isEmpty()) {
          continue;
        }
        any = true;
        bold &= cell.isBold();
        if (text.length() > 0) {
          boolean labelled = keyValue && i == 1;
          text.append(labelled ? KeyValueTables.separatorAfter(text) : Line.CELL_SEPARATOR);
        }
        // Cells lie at their character columns in the row's text, as plain-text cells do.
        parts.add(new Cell(value, text.length(), text.length() + value.length()));
        text.append(value);
      }
      if (!any) {
        continue;
      }
      LineStyle style = bold ? MarkdownReader.bold(LineStyle.PLAIN) : LineStyle.PLAIN;
      if (keyValue) {
        sink.add(text.toString(), style, links);
      } else {
        sink.add(parts, style, links);
      }
    }
  }

  private void collectRows(Node node, List<List<InlineText>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        List<InlineText> cells = new ArrayList<>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(cellText(cell));
          }
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  private InlineText cellText(Node cell) {
    line = new InlineText();
    breaksAsSpaces = true;
    softBreaksAsSpaces = true;
    inlineChildren(cell);
    InlineText result = line;
    breaksAsSpaces = false;
    return result;
  }

  // A two-column table whose first cells are short labels reads as "label: value".
  private static boolean isKeyValue(List<List<InlineText>> rows) {
    boolean paired = false;
    for (List<InlineText> cells : rows) {
      if (cells.size() != 2) {
        return false;
      }
      String label = cells.get(0).text().strip();
      if (!KeyValueTables.isLabel(label)) {
        return false;
      }
      paired |= !label.isEmpty() && !cells.get(1).text().isBlank();
    }
    return paired;
  }
}
