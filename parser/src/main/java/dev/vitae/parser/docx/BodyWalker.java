package dev.vitae.parser.docx;

import static dev.vitae.parser.docx.Ooxml.MC;
import static dev.vitae.parser.docx.Ooxml.findAttr;
import static dev.vitae.parser.docx.Ooxml.findChild;
import static dev.vitae.parser.docx.Ooxml.findW;
import static dev.vitae.parser.docx.Ooxml.is;
import static dev.vitae.parser.docx.Ooxml.isW;

import dev.vitae.parser.Cue;
import dev.vitae.parser.internal.IconCues;
import dev.vitae.parser.internal.KeyValueTables;
import dev.vitae.parser.internal.ListMarkers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the block content of a WordprocessingML part (body, header, table cell, text box) into
 * {@link LineDraft}s in reading order. One instance per document; not thread-safe.
 *
 * <p>A paragraph gives one line, or several when it holds line breaks. Text boxes anchored in a
 * paragraph are read before its text when they sit at its top, otherwise after it; the boxes of a
 * drawing group are read by position, row by row, and a row of one-line boxes (a PDF converter's
 * per-character boxes) becomes one line. Tables follow {@link #table}.
 */
final class BodyWalker {
  private static final int TWIPS_PER_POINT = 20;
  // A paragraph gap from this much spacing (6 pt) on starts a block.
  private static final int BLOCK_GAP_TWIPS = 120;
  // Tables in text boxes in tables...: deeper content is skipped.
  private static final int MAX_NESTING = 12;
  // A box placed less than this many lines below its paragraph's top is read before its text.
  private static final double BOX_BEFORE_LINES = 1.2;
  // Boxes in one row further apart than this share of their height are separate words.
  private static final double WORD_GAP = 0.25;
  private static final Pattern HYPERLINK_FIELD =
      Pattern.compile("^\\s*HYPERLINK\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PAGE_FIELD =
      Pattern.compile("\\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final DocxStyles styles;
  private final int maxLines;
  private final int maxPages;
  private int explicitBreaks;
  private int renderedBreaks;
  private int drafted;
  private boolean truncated;
  // The text column of a multi-column section, from 0; column breaks advance it.
  private int column;

  /** Where lines go, and the spacing of the previous paragraph there. */
  private static final class Flow {
    final List<LineDraft> out = new ArrayList<>();
    final boolean main;
    final int depth;
    final Function<String, Optional<String>> links;
    boolean pendingBlock = true;
    int previousAfter;
    Optional<String> previousStyle = Optional.empty();
    boolean previousContextual;

    Flow(boolean main, int depth, Function<String, Optional<String>> links) {
      this.main = main;
      this.depth = depth;
      this.links = links;
    }
  }

  /** A field being read: its instruction, and where its visible result starts. */
  private static final class Field {
    final StringBuilder instruction = new StringBuilder();
    boolean inResult;
    // A page number's result ("3", "1 of 2") is layout, not text.
    boolean pageNumber;
    @Nullable LineDraft resultLine;
    int resultStart;
  }

  private record Anchored(TextBoxes.Drawing drawing, boolean beforeText) {}

  /**
   * @param maxLines lines past this are not drafted (one more is, so that the sink warns)
   * @param maxPages content past this page is not read
   */
  BodyWalker(DocxStyles styles, int maxLines, int maxPages) {
    this.styles = Objects.requireNonNull(styles, "styles");
    this.maxLines = maxLines;
    this.maxPages = maxPages;
  }

  /**
   * The lines of a container of blocks ({@code w:body}, {@code w:hdr}).
   *
   * @param main whether this is the main text flow, whose page breaks count
   * @param links the hyperlink target of a relationship id of the part being read
   */
  List<LineDraft> walk(Element container, boolean main, Function<String, Optional<String>> links) {
    Flow flow = new Flow(main, 0, links);
    blocks(container, flow);
    return flow.out;
  }

  /** Pages seen in the main flow: 1 plus the page breaks, explicit or last rendered. */
  int pages() {
    return 1 + Math.max(explicitBreaks, renderedBreaks);
  }

  /** Whether content past {@code maxPages} was skipped. */
  boolean truncated() {
    return truncated;
  }

  private int page() {
    return pages();
  }

  private boolean full() {
    return truncated || drafted > maxLines;
  }

  private void blocks(Element container, Flow flow) {
    if (flow.depth > MAX_NESTING) {
      return;
    }
    for (Element e : Ooxml.children(container)) {
      if (full()) {
        return;
      }
      if (isW(e, "p")) {
        paragraph(e, flow);
      } else if (isW(e, "tbl")) {
        table(e, flow);
      } else if (isW(e, "sdt")) {
        findW(e, "sdtContent").ifPresent(c -> blocks(c, flow));
      } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo")) {
        blocks(e, flow);
      } else if (is(e, MC, "AlternateContent")) {
        branch(e).ifPresent(b -> blocks(b, flow));
      }
    }
  }

  private static Optional<Element> branch(Element alternateContent) {
    Optional<Element> choice = findChild(alternateContent, MC, "Choice");
    return choice.isPresent() ? choice : findChild(alternateContent, MC, "Fallback");
  }

  private void add(Flow flow, List<LineDraft> lines) {
    for (LineDraft line : lines) {
      if (flow.pendingBlock) {
        line.blockStart = true;
        flow.pendingBlock = false;
      }
      flow.out.add(line);
      if (flow.depth == 0) {
        drafted++;
      }
    }
  }

  // ---- paragraphs ----

  private void paragraph(Element p, Flow flow) {
    @Nullable Element pPr = findW(p, "pPr").orElse(null);
    Optional<String> style = styles.paragraphStyle(pPr);
    int heading = styles.headingLevel(pPr);
    Optional<Integer> level = heading > 0 ? Optional.empty() : styles.listLevel(pPr);
    boolean contextual = styles.paragraphFlag(pPr, "contextualSpacing");
    int before = twips(styles.paragraphAttr(pPr, "spacing", "before"));
    int after = twips(styles.paragraphAttr(pPr, "spacing", "after"));
    boolean sameStyleRun =
        contextual && flow.previousContextual && style.equals(flow.previousStyle);
    int gap = sameStyleRun ? 0 : Math.max(before, flow.previousAfter);
    if (flow.main && styles.paragraphFlag(pPr, "pageBreakBefore")) {
      pageBreak();
    }

    Paragraph walk = new Paragraph(flow, style, styles.hasRightTabStop(pPr));
    walk.line.column = flow.main ? column : 0;
    walk.line.headingLevel = heading;
    walk.line.listDepth = level.map(l -> l + 1).orElse(0);
    walk.line.indent = indent(pPr, level);
    walk.line.blockStart = gap >= BLOCK_GAP_TWIPS || heading > 0;
    walk.inline(p, 0);
    List<LineDraft> lines = walk.finish();

    flow.previousAfter = after;
    flow.previousStyle = style;
    flow.previousContextual = contextual;
    if (flow.main && pPr != null && findW(pPr, "sectPr").isPresent()) {
      column = 0; // the section, and its columns, end with this paragraph
    }

    List<LineDraft> boxesBefore = new ArrayList<>();
    List<LineDraft> boxesAfter = new ArrayList<>();
    for (Anchored anchored : walk.drawings) {
      List<LineDraft> boxLines = drawing(anchored.drawing(), flow);
      (anchored.beforeText() ? boxesBefore : boxesAfter).addAll(boxLines);
    }
    if (lines.isEmpty() && boxesBefore.isEmpty() && boxesAfter.isEmpty()) {
      flow.pendingBlock = true; // an empty paragraph is a blank line
      return;
    }
    if (!boxesBefore.isEmpty()) {
      flow.pendingBlock = true;
      add(flow, boxesBefore);
      flow.pendingBlock = true;
    }
    if (!lines.isEmpty() && lines.get(0).blockStart) {
      flow.pendingBlock = true;
    }
    add(flow, lines);
    if (!boxesAfter.isEmpty()) {
      flow.pendingBlock = true;
      add(flow, boxesAfter);
      flow.pendingBlock = true;
    }
  }

  private int indent(@Nullable Element pPr, Optional<Integer> level) {
    Optional<Integer> left =
        pPr == null ? Optional.empty() : findW(pPr, "ind").flatMap(DocxStyles::leftIndent);
    if (left.isEmpty() && level.isPresent()) {
      left = styles.listIndent(pPr, level.get());
    }
    if (left.isEmpty()) {
      left = styles.paragraphAttr(pPr, "ind", "left").flatMap(Ooxml::parseInt);
    }
    int twips = left.orElse(0);
    if (level.isEmpty()) {
      twips +=
          Math.max(
              0, styles.paragraphAttr(pPr, "ind", "firstLine").flatMap(Ooxml::parseInt).orElse(0));
    }
    return Math.max(0, Math.round(twips / (float) TWIPS_PER_POINT));
  }

  private static int twips(Optional<String> value) {
    return value.flatMap(Ooxml::parseInt).orElse(0);
  }

  private void pageBreak() {
    explicitBreaks++;
    column = 0;
    if (pages() > maxPages) {
      truncated = true;
    }
  }

  private void renderedBreak() {
    renderedBreaks++;
    if (pages() > maxPages) {
      truncated = true;
    }
  }

  /** The inline content of one paragraph. */
  private static Optional<Integer> hex(String value) {
    try {
      return Optional.of(Integer.parseInt(value, 16));
    } catch (NumberFormatException e) {
      return Optional.empty(); // not a character code: no symbol
    }
  }

  private final class Paragraph {
    final Flow flow;
    final Optional<String> style;
    final List<LineDraft> lines = new ArrayList<>();
    final List<Anchored> drawings = new ArrayList<>();
    final Deque<Field> fields = new ArrayDeque<>();
    // Whether a tab moves text to a right-aligned stop, making what follows a cell of its own.
    final boolean rightTab;
    LineDraft line;
    // Tabs after text: a cell boundary once more text follows.
    int pendingTabs;
    // The current run's properties.
    boolean bold;
    boolean caps;
    boolean hidden;
    // The run's font when it draws pictures (Wingdings, Font Awesome), else null.
    @Nullable String iconFont;
    int halfPoints = DocxStyles.DEFAULT_HALF_POINTS;

    Paragraph(Flow flow, Optional<String> style, boolean rightTab) {
      this.flow = flow;
      this.style = style;
      this.rightTab = rightTab;
      this.line = new LineDraft(page());
    }

    void inline(Node parent, int depth) {
      if (depth > MAX_NESTING) {
        return;
      }
      for (Element e : Ooxml.children(parent)) {
        if (isW(e, "r")) {
          run(e);
        } else if (isW(e, "hyperlink")) {
          cellBreak(); // the link's text starts after it
          LineDraft startLine = line;
          int start = line.length();
          inline(e, depth + 1);
          Optional<String> url = findAttr(e, Ooxml.R, "id").flatMap(flow.links);
          url.ifPresent(u -> line.addLink(line == startLine ? start : 0, u));
        } else if (isW(e, "fldSimple")) {
          LineDraft startLine = line;
          int start = line.length();
          if (!PAGE_FIELD.matcher(findAttr(e, "instr").orElse("")).lookingAt()) {
            inline(e, depth + 1);
          }
          hyperlinkTarget(findAttr(e, "instr").orElse(""))
              .ifPresent(u -> line.addLink(line == startLine ? start : 0, u));
        } else if (isW(e, "sdt")) {
          findW(e, "sdtContent").ifPresent(c -> inline(c, depth + 1));
        } else if (isW(e, "smartTag")
            || isW(e, "customXml")
            || isW(e, "ins")
            || isW(e, "moveTo")
            || isW(e, "dir")
            || isW(e, "bdo")) {
          inline(e, depth + 1);
        } else if (is(e, MC, "AlternateContent")) {
          if (!drawing(e)) {
            branch(e).ifPresent(b -> inline(b, depth + 1));
          }
        }
      }
    }

    private void run(Element r) {
      @Nullable Element rPr = findW(r, "rPr").orElse(null);
      List<Element> sources = styles.runSources(rPr, style);
      bold = DocxStyles.runFlag(sources, "b");
      caps = DocxStyles.runFlag(sources, "caps");
      hidden = DocxStyles.runFlag(sources, "vanish");
      halfPoints = DocxStyles.runHalfPoints(sources);
      iconFont =
          findW(rPr, "rFonts")
              .flatMap(f -> findAttr(f, "ascii").or(() -> findAttr(f, "hAnsi")))
              .filter(IconCues::isIconFontName)
              .orElse(null);
      for (Element c : Ooxml.children(r)) {
        String name = Ooxml.W.equals(c.getNamespaceURI()) ? c.getLocalName() : "";
        switch (name) {
          case "t" -> text(iconFont == null ? Ooxml.text(c) : icons(iconFont, Ooxml.text(c)));
          case "sym" -> sym(c);
          case "tab" -> tab();
          case "ptab" -> {
            if (findAttr(c, "alignment").orElse("").equals("right")) {
              pendingTabs += 2; // an absolute tab to the right margin
            } else {
              tab();
            }
          }
          case "noBreakHyphen" -> text("-");
          case "br" -> lineBreak(c);
          case "cr" -> newLine();
          case "fldChar" -> fieldChar(c);
          case "instrText" -> {
            if (!fields.isEmpty()) {
              fields.peek().instruction.append(Ooxml.text(c));
            }
          }
          case "lastRenderedPageBreak" -> {
            if (flow.main) {
              renderedBreak();
              movePage();
            }
          }
          case "ruby" -> findW(c, "rubyBase").ifPresent(b -> inline(b, 1));
          case "drawing", "pict", "object" -> drawing(c);
          default -> {
            if (is(c, MC, "AlternateContent")) {
              drawing(c);
            }
          }
        }
      }
    }

    private void text(String s) {
      if (hidden || s.isEmpty() || !visible()) {
        return;
      }
      if (!s.isBlank()) {
        cellBreak();
      }
      line.append(caps ? s.toUpperCase(Locale.ROOT) : s, bold, halfPoints);
    }

    // A symbol character (w:sym): a Wingdings envelope or phone is a cue; other symbols are
    // dropped.
    private void sym(Element sym) {
      String font = findAttr(sym, "font").orElse("");
      Cue.@Nullable Kind kind =
          findAttr(sym, "char")
              .flatMap(BodyWalker::hex)
              .map(c -> IconCues.ofFontChar(font, c))
              .orElse(null);
      if (kind != null) {
        text(String.valueOf(IconCues.marker(kind)));
      }
    }

    // Text typed in an icon font: its characters are pictures, markers for the known ones.
    private static String icons(String font, String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints()
          .forEach(
              cp -> {
                Cue.@Nullable Kind kind = IconCues.ofFontChar(font, cp);
                out.append(kind == null ? ' ' : IconCues.marker(kind));
              });
      return out.toString();
    }

    // A right tab stop, or tabs typed to push text right, separate cells of one row.
    private void cellBreak() {
      if (pendingTabs > 0) {
        line.text().append(rightTab || pendingTabs > 1 ? " | " : " ");
        pendingTabs = 0;
      }
    }

    private void tab() {
      if (hidden || !visible()) {
        return;
      }
      if (line.isBlank()) {
        line.text().append(' ');
      } else {
        pendingTabs++;
      }
    }

    private boolean visible() {
      for (Field field : fields) {
        if (!field.inResult || field.pageNumber) {
          return false;
        }
      }
      return true;
    }

    private void lineBreak(Element br) {
      String type = findAttr(br, "type").orElse("textWrapping");
      if (type.equals("page")) {
        if (flow.main) {
          pageBreak();
          movePage();
        }
      } else if (type.equals("column")) {
        if (flow.main) {
          column++;
          if (line.isBlank()) {
            line.column = column;
          } else {
            newLine();
          }
        } else {
          text(" ");
        }
      } else {
        newLine();
      }
    }

    // Lines after a page break are on the next page.
    private void movePage() {
      if (line.isBlank()) {
        line.page = page();
      } else {
        newLine();
      }
    }

    private void newLine() {
      pendingTabs = 0;
      lines.add(line);
      line = LineDraft.continuing(line);
      line.page = page();
      if (flow.main) {
        line.column = column;
      }
    }

    private void fieldChar(Element c) {
      String type = findAttr(c, "fldCharType").orElse("");
      switch (type) {
        case "begin" -> {
          if (fields.size() < MAX_NESTING) {
            fields.push(new Field());
          }
        }
        case "separate" -> {
          Field field = fields.peek();
          if (field != null) {
            field.inResult = true;
            field.pageNumber = PAGE_FIELD.matcher(field.instruction).lookingAt();
            field.resultLine = line;
            field.resultStart = line.length();
          }
        }
        case "end" -> {
          Field field = fields.poll();
          if (field != null && field.inResult) {
            int start = field.resultLine == line ? field.resultStart : 0;
            hyperlinkTarget(field.instruction.toString()).ifPresent(u -> line.addLink(start, u));
          }
        }
        default -> {
          // An unknown field character: ignored.
        }
      }
    }

    // Records the text boxes of a drawing; whether it had any.
    private boolean drawing(Element e) {
      Optional<TextBoxes.Drawing> found = TextBoxes.find(e);
      if (found.isEmpty()) {
        return false;
      }
      TextBoxes.Drawing drawing = found.get();
      boolean atStart = lines.isEmpty() && line.isBlank();
      double lineHeight = BOX_BEFORE_LINES * halfPoints / 2.0;
      boolean nearTop =
          drawing.offsetPoints().isEmpty() || drawing.offsetPoints().getAsDouble() < lineHeight;
      drawings.add(new Anchored(drawing, atStart && nearTop));
      return true;
    }

    List<LineDraft> finish() {
      lines.add(line);
      List<LineDraft> out = new ArrayList<>(lines.size());
      for (LineDraft l : lines) {
        if (l.isBlank()) {
          continue;
        }
        if (l.headingLevel == 0) {
          stripMarker(l);
        }
        out.add(l);
      }
      return out;
    }
  }

  // A typed bullet or number ("● ", "① ") makes the line a list item.
  private static void stripMarker(LineDraft line) {
    String text = line.text().toString();
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    int marker = ListMarkers.markerLength(text, lead);
    if (marker > 0) {
      line.deletePrefix(lead + marker);
      line.listDepth = Math.max(1, line.listDepth);
    }
  }

  static Optional<String> hyperlinkTarget(String instruction) {
    Matcher m = HYPERLINK_FIELD.matcher(instruction);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1).strip();
    Matcher quoted = QUOTED.matcher(rest);
    String target = null;
    if (rest.startsWith("\\l")) {
      return Optional.empty(); // a bookmark in the document itself
    }
    if (quoted.find()) {
      target = quoted.group(1);
    } else {
      for (String token : WHITESPACE.split(rest)) {
        if (!token.startsWith("\\")) {
          target = token;
          break;
        }
      }
    }
    return target == null || target.isBlank() ? Optional.empty() : Optional.of(target.strip());
  }

  // ---- text boxes ----

  private List<LineDraft> drawing(TextBoxes.Drawing drawing, Flow parent) {
    List<List<LineDraft>> boxLines = new ArrayList<>();
    for (TextBoxes.Box box : drawing.boxes()) {
      Flow inner = new Flow(false, parent.depth + 1, parent.links);
      blocks(box.content(), inner);
      boxLines.add(inner.out);
    }
    List<LineDraft> out = new ArrayList<>();
    if (!drawing.grouped() || drawing.boxes().size() == 1) {
      for (List<LineDraft> lines : boxLines) {
        markBlock(lines);
        out.addAll(lines);
      }
      return out;
    }
    return byPosition(drawing.boxes(), boxLines);
  }

  private static void markBlock(List<LineDraft> lines) {
    if (!lines.isEmpty()) {
      lines.get(0).blockStart = true;
    }
  }

  // Boxes of one group, row by row from the top, each row from the left.
  private static List<LineDraft> byPosition(
      List<TextBoxes.Box> boxes, List<List<LineDraft>> lines) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> boxes.get(i).y()));
    List<List<Integer>> rows = new ArrayList<>();
    double rowTop = 0;
    double rowBottom = 0;
    for (int i : order) {
      TextBoxes.Box box = boxes.get(i);
      double center = box.y() + box.height() / 2;
      if (rows.isEmpty() || center > rowBottom || center < rowTop) {
        rows.add(new ArrayList<>());
        rowTop = box.y();
        rowBottom = box.y() + Math.max(box.height(), 0);
      }
      rows.get(rows.size() - 1).add(i);
    }
    List<LineDraft> out = new ArrayList<>();
    double previousBottom = Double.NaN;
    for (List<Integer> row : rows) {
      row.sort(Comparator.comparingDouble(i -> boxes.get(i).x()));
      TextBoxes.Box first = boxes.get(row.get(0));
      boolean gap =
          Double.isNaN(previousBottom) || first.y() - previousBottom > 0.8 * first.height();
      previousBottom = first.y() + first.height();
      boolean oneLineEach = row.size() > 1;
      for (int i : row) {
        oneLineEach &= lines.get(i).size() <= 1;
      }
      if (oneLineEach) {
        LineDraft merged = mergeRow(row, boxes, lines);
        if (merged != null) {
          merged.blockStart = gap;
          out.add(merged);
        }
        continue;
      }
      for (int i : row) {
        markBlock(lines.get(i));
        out.addAll(lines.get(i));
      }
    }
    return out;
  }

  private static @Nullable LineDraft mergeRow(
      List<Integer> row, List<TextBoxes.Box> boxes, List<List<LineDraft>> lines) {
    LineDraft merged = null;
    boolean space = false;
    TextBoxes.Box previous = null;
    for (int i : row) {
      TextBoxes.Box box = boxes.get(i);
      if (previous != null) {
        double gap = box.x() - (previous.x() + previous.width());
        space |= gap > WORD_GAP * Math.min(previous.height(), box.height());
      }
      previous = box;
      if (lines.get(i).isEmpty()) {
        // A box holding only spaces still separates words.
        space |= !Ooxml.text(box.content()).isEmpty();
        continue;
      }
      LineDraft line = lines.get(i).get(0);
      if (merged == null) {
        merged = line;
      } else {
        merged.absorb(line, space ? " " : "");
      }
      space = false;
    }
    return merged;
  }

  // ---- tables ----

  /**
   * A table whose cells hold one line each gives one line per row: {@code label: value} for a
   * two-column table of short labels, otherwise the cells joined by {@code " | "}. A row with a
   * cell of several lines is a layout row: its cells' lines follow one another, cell by cell.
   */
  private void table(Element tbl, Flow flow) {
    List<List<List<LineDraft>>> rows = new ArrayList<>();
    collectRows(tbl, flow, rows, 0);
    List<LineDraft> out = new ArrayList<>();
    KeyValueTables.readRows(
        rows,
        row -> {
          row.headingLevel = 0;
          row.listDepth = 0;
          row.blockStart = false;
        },
        out::add);
    flow.pendingBlock = true;
    add(flow, out);
    flow.pendingBlock = true;
    flow.previousAfter = 0;
  }

  private void collectRows(Element parent, Flow flow, List<List<List<LineDraft>>> rows, int depth) {
    if (depth > MAX_NESTING) {
      return;
    }
    for (Element e : Ooxml.children(parent)) {
      if (isW(e, "tr")) {
        List<List<LineDraft>> cells = new ArrayList<>();
        collectCells(e, flow, cells, depth + 1);
        rows.add(cells);
      } else if (isW(e, "sdt")) {
        findW(e, "sdtContent").ifPresent(c -> collectRows(c, flow, rows, depth + 1));
      } else if (isW(e, "customXml")) {
        collectRows(e, flow, rows, depth + 1);
      }
    }
  }

  private void collectCells(Element parent, Flow flow, List<List<LineDraft>> cells, int depth) {
    if (depth > MAX_NESTING) {
      return;
    }
    for (Element e : Ooxml.children(parent)) {
      if (isW(e, "tc")) {
        Flow cell = new Flow(flow.main, flow.depth + 1, flow.links);
        blocks(e, cell);
        cells.add(cell.out);
      } else if (isW(e, "sdt")) {
        findW(e, "sdtContent").ifPresent(c -> collectCells(c, flow, cells, depth + 1));
      } else if (isW(e, "customXml")) {
        collectCells(e, flow, cells, depth + 1);
      }
    }
  }
}
