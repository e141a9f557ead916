package dev.vitae.parser.html;

import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.internal.IconCues;
import dev.vitae.parser.internal.KeyValueTables;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.ListMarkers;
import dev.vitae.parser.internal.PlainLines;
import dev.vitae.parser.internal.TextNormalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Walks the body of a jsoup document into {@link HtmlLine}s. Block elements and {@code <br>} end
 * lines; paragraphs, headings, lists, tables, rules and sectioning elements also start blocks.
 * {@code <h1>}-{@code <h6>} give headings; {@code <li>} list items at their nesting depth; {@code
 * <b>}, {@code <strong>}, {@code <th>} and bold {@code font-weight} count as bold; {@code <a href>}
 * gives links; inline {@code font-size} and {@code <font size>} give sizes. Scripts, styles, forms,
 * embedded media and hidden elements are dropped, and so are the web page's own furniture:
 * navigation, buttons and download links, a page footer without contact details. {@code <pre>}
 * keeps its lines ({@link PlainLines}); tables follow {@link #table}; the cells of a row (flex and
 * grid rows, inline blocks, floats, glued {@code div}/{@code span} siblings) are joined by {@code "
 * | "} ({@link #rowCells}). When an {@code <aside>} sidebar comes before the {@code <main>} that
 * holds the name's {@code <h1>}, that heading is read first. Iterative, so deep nesting cannot
 * exhaust the stack (rows and tables nest boundedly). One instance per walk.
 */
final class HtmlWalker implements NodeFilter {
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "head",
          "title",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "select",
          "option",
          "button",
          "textarea",
          "canvas",
          "audio",
          "video",
          "map",
          "input",
          "nav");
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "blockquote",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "nav",
          "address",
          "figure",
          "figcaption",
          "form",
          "fieldset",
          "details",
          "summary",
          "center",
          "dl",
          "hr");
  private static final Set<String> LINES = Set.of("div", "dt", "dd", "tr", "caption", "legend");
  private static final Pattern FONT_SIZE =
      Pattern.compile(
          "font-size\\s*:\\s*([0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern FONT_SIZE_KEYWORD =
      Pattern.compile(
          "font-size\\s*:\\s*(xx-small|x-small|small|medium|large|x-large|xx-large)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FONT_WEIGHT =
      Pattern.compile("font-weight\\s*:\\s*([a-z0-9]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROW_DISPLAY =
      Pattern.compile("display\\s*:\\s*(?:inline-)?(?:flex|grid)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CELL_DISPLAY =
      Pattern.compile(
          "display\\s*:\\s*(?:inline-block|table-cell)|float\\s*:\\s*(?:left|right)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_DISPLAY =
      Pattern.compile(
          "display\\s*:\\s*(?:block|list-item|flex|grid|table)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COLUMN_DIRECTION =
      Pattern.compile("flex-direction\\s*:\\s*column", Pattern.CASE_INSENSITIVE);
  private static final Pattern BUTTON_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:btn|button)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CELL_ELEMENTS = Set.of("div", "span");
  private static final int MAX_ROW_CELLS = 6;
  // Text that ends in one of these goes on into the next element: not a cell boundary.
  private static final String OPENING = "([{<\"'‘“/-–—@#·|:：、，";
  // Cells of a row told only by glued markup (no style) are short: a title, a place, dates.
  private static final int MAX_GLUED_CELL_CHARS = 80;
  private static final int MAX_CELL_CHARS = 300;
  private static final Pattern HIDDEN =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Float> FONT_KEYWORDS =
      Map.of(
          "xx-small",
          7f,
          "x-small",
          7.5f,
          "small",
          10f,
          "medium",
          12f,
          "large",
          13.5f,
          "x-large",
          18f,
          "xx-large",
          24f);
  // <font size="1".."7"> in points.
  private static final float[] FONT_TAG_SIZES = {7.5f, 10f, 12f, 13.5f, 18f, 24f, 36f};
  private static final float DEFAULT_POINTS = 12;
  private static final float MAX_POINTS = 400;
  private static final int MAX_TABLE_NESTING = 8;

  private record Anchor(HtmlLine line, int start, String url) {}

  /**
   * The name's {@code <h1>} (or the {@code <header>} holding it) in a {@code <main>} that a sidebar
   * precedes: read before the sidebar.
   */
  private static final class Hoist {
    @Nullable Element element;
    boolean read;
  }

  /**
   * The document's classed boxes by kind (tag and classes, in a parent of one tag, id and classes),
   * indexed once on first use, and which kinds hold a column of blocks somewhere: all boxes of such
   * a kind are layout columns, not rows of cells. A section block whose label sits beside its
   * content ({@code <div class="block"><div>SUMMARY</div><div>text…</div>}) is a row only where the
   * content happens to be one paragraph; where another block of the same kind holds several, each
   * is a label and a column of content.
   */
  private static final class BoxKinds {
    private @Nullable Map<String, List<Element>> byKind;
    private final Map<String, Boolean> columns = new HashMap<>();

    boolean holdColumns(Element e) {
      if (e.className().isBlank()) {
        return false;
      }
      Map<String, List<Element>> index = byKind;
      if (index == null) {
        index = new HashMap<>();
        Element top = e.ownerDocument() != null ? e.ownerDocument() : e.root();
        for (Element any : top.getAllElements()) {
          if (!any.className().isBlank()) {
            index.computeIfAbsent(kindOf(any), k -> new ArrayList<>()).add(any);
          }
        }
        byKind = index;
      }
      String kind = kindOf(e);
      List<Element> alike = index.getOrDefault(kind, List.of());
      return columns.computeIfAbsent(kind, k -> anyHoldsBlocks(alike));
    }

    private static boolean anyHoldsBlocks(List<Element> boxes) {
      for (Element box : boxes) {
        for (Element kid : box.children()) {
          if (simpleText(kid, MAX_CELL_CHARS).isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }

    private static String kindOf(Element e) {
      Element parent = e.parent();
      String within =
          parent == null ? "" : parent.normalName() + '#' + parent.id() + '.' + parent.className();
      return e.normalName() + '.' + e.className() + ' ' + within;
    }
  }

  private final ParseLimits limits;
  private final int tableDepth;
  private final List<HtmlLine> out = new ArrayList<>();
  private final Deque<Boolean> bold = new ArrayDeque<>();
  private final Deque<Float> sizes = new ArrayDeque<>();
  private final Deque<Anchor> anchors = new ArrayDeque<>();
  private final Deque<Integer> items = new ArrayDeque<>();
  private HtmlLine line = new HtmlLine();
  private final Hoist hoist;
  private final BoxKinds boxKinds;
  private boolean pendingBlock = true;
  private int listNesting;
  private int heading;
  private boolean full;

  private HtmlWalker(
      ParseLimits limits, int tableDepth, boolean boldText, Hoist hoist, BoxKinds boxKinds) {
    this.limits = limits;
    this.tableDepth = tableDepth;
    this.hoist = hoist;
    this.boxKinds = boxKinds;
    bold.push(boldText);
    sizes.push(0f);
  }

  /** The lines of {@code root} and its descendants. */
  static List<HtmlLine> walk(Element root, ParseLimits limits) {
    Hoist hoist = new Hoist();
    hoist.element = sidebarHoist(root);
    return walk(root, limits, 0, false, hoist, new BoxKinds());
  }

  private List<HtmlLine> walkCell(Element cell, boolean b) {
    return walk(cell, limits, tableDepth + 1, b, hoist, boxKinds);
  }

  private static List<HtmlLine> walk(
      Element root, ParseLimits limits, int tableDepth, boolean b, Hoist hoist, BoxKinds boxKinds) {
    HtmlWalker walker = new HtmlWalker(limits, tableDepth, b, hoist, boxKinds);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.out;
  }

  // identity: the very node of the document tree, not an equal one
  @SuppressWarnings("ReferenceEquality")
  @Override
  public FilterResult head(Node node, int depth) {
    if (full) {
      return FilterResult.STOP;
    }
    if (node instanceof TextNode text) {
      append(text.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE; // comments, doctype, script data
    }
    String name = e.normalName();
    Optional<Character> icon = HtmlIcons.markerOf(e);
    if (icon.isPresent()) {
      if (icon.get() != IconCues.UNKNOWN && !e.hasAttr("hidden")) {
        // The reader's line sink turns the marker into a cue and drops it from the text.
        append(String.valueOf(icon.get()));
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (SKIPPED.contains(name)
        || e.hasAttr("hidden")
        || HIDDEN.matcher(e.attr("style")).find()
        || isChrome(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (e == hoist.element) {
      if (hoist.read) {
        return FilterResult.SKIP_ENTIRELY;
      }
    } else if (name.equals("aside") && hoist.element != null && !hoist.read) {
      Element hoisted = hoist.element;
      flush();
      NodeTraversor.filter(this, hoisted);
      hoist.read = true;
      flush();
      pendingBlock = true;
    }
    if (tableDepth < MAX_TABLE_NESTING) {
      Optional<List<HtmlLine>> cells =
          rowCells(e).filter(kids -> !boxKinds.holdColumns(e)).flatMap(this::oneLineEach);
      if (cells.isPresent()) {
        row(e, cells.get());
        return full ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
      }
    }
    if (name.equals("table")) {
      table(e);
      return FilterResult.SKIP_ENTIRELY;
    }
    if (name.equals("pre")) {
      pre(e);
      return FilterResult.SKIP_ENTIRELY;
    }
    bold.push(boldOf(e, bold.peek()));
    sizes.push(sizeOf(e, sizes.peek()));
    if (name.equals("a")) {
      String href = e.attr("href").strip();
      boolean internal =
          href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:");
      anchors.push(new Anchor(line, line.length(), internal ? "" : href));
    }
    switch (name) {
      case "br" -> flush();
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        pendingBlock = true;
        heading = name.charAt(1) - '0';
      }
      case "ul", "ol", "menu" -> {
        flush();
        if (listNesting == 0) {
          pendingBlock = true;
        }
        listNesting++;
      }
      case "li" -> {
        flush();
        items.push(Math.max(1, listNesting));
      }
      default -> {
        if (PARAGRAPHS.contains(name)) {
          flush();
          if (items.isEmpty()) {
            pendingBlock = true;
          }
        } else if ((LINES.contains(name) || e.isBlock() || isFlexItem(e) || isBlockBox(e))
            && !inRunOfText(e)) {
          flush();
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String name = e.normalName();
    bold.pop();
    sizes.pop();
    if (name.equals("a")) {
      Anchor anchor = anchors.pop();
      if (!anchor.url().isEmpty()) {
        line.addLink(anchor.line() == line ? anchor.start() : 0, anchor.url());
      }
    }
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        heading = 0;
        pendingBlock = true;
      }
      case "ul", "ol", "menu" -> {
        flush();
        listNesting = Math.max(0, listNesting - 1);
        if (listNesting == 0) {
          pendingBlock = true;
        }
      }
      case "li" -> {
        flush();
        items.pop();
      }
      default -> {
        if (PARAGRAPHS.contains(name)) {
          flush();
          if (items.isEmpty()) {
            pendingBlock = true;
          }
        } else if ((LINES.contains(name) || e.isBlock() || isFlexItem(e) || isBlockBox(e))
            && !inRunOfText(e)) {
          flush();
        }
      }
    }
    return full ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  private void append(String text) {
    if (text.isEmpty()) {
      return;
    }
    if (line.isBlank()) {
      boolean visible = false;
      for (int i = 0; i < text.length() && !visible; i++) {
        visible = !Character.isWhitespace(text.charAt(i));
      }
      if (!visible) {
        line.text().append(text);
        return;
      }
      int depth = items.isEmpty() ? 0 : items.peek();
      line.headingLevel = heading;
      line.listDepth = depth;
      line.indent = depth > 0 ? 2 * (depth - 1) : 0;
      line.blockStart = pendingBlock;
      pendingBlock = false;
    }
    line.append(text, bold.peek(), Math.round(sizes.peek() * 10));
  }

  private void flush() {
    if (!line.isBlank()) {
      if (line.headingLevel == 0) {
        stripMarker(line);
      }
      out.add(line);
      // A little past the limit, so that the sink sees it and warns.
      full = out.size() > limits.maxLines();
    }
    line = new HtmlLine();
    // An open <a> continues on the new line.
    List<Anchor> open = new ArrayList<>(anchors);
    anchors.clear();
    for (Anchor anchor : open) {
      anchors.addLast(new Anchor(line, 0, anchor.url()));
    }
  }

  // A typed bullet or number ("• ", "1. ") makes the line a list item.
  private static void stripMarker(HtmlLine line) {
    String text = line.text().toString();
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    int marker = ListMarkers.markerLength(text, lead);
    if (marker > 0) {
      line.deletePrefix(lead + marker);
      if (line.listDepth == 0) {
        line.listDepth = 1;
      }
    }
  }

  private static boolean boldOf(Element e, boolean inherited) {
    String name = e.normalName();
    if (name.equals("b") || name.equals("strong") || name.equals("th")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      Matcher m = FONT_WEIGHT.matcher(style);
      if (m.find()) {
        String weight = m.group(1).toLowerCase(Locale.ROOT);
        if (weight.equals("bold") || weight.equals("bolder")) {
          return true;
        }
        if (weight.equals("normal") || weight.equals("lighter")) {
          return false;
        }
        try {
          return Integer.parseInt(weight) >= 600;
        } catch (NumberFormatException ignored) {
          return inherited;
        }
      }
    }
    return inherited;
  }

  // The element's font size in points; 0 while no size has been stated.
  private static float sizeOf(Element e, float inherited) {
    float base = inherited > 0 ? inherited : DEFAULT_POINTS;
    float size = inherited;
    if (e.normalName().equals("font") && e.hasAttr("size")) {
      size = fontTagSize(e.attr("size").strip()).orElse(inherited);
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      Matcher m = FONT_SIZE.matcher(style);
      if (m.find()) {
        float value = Float.parseFloat(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT);
        size =
            switch (unit) {
              case "pt" -> value;
              case "em", "rem" -> value * base;
              case "%" -> value / 100 * base;
              default -> value * 0.75f;
            };
      } else {
        Matcher keyword = FONT_SIZE_KEYWORD.matcher(style);
        if (keyword.find()) {
          size =
              Objects.requireNonNull(FONT_KEYWORDS.get(keyword.group(1).toLowerCase(Locale.ROOT)));
        }
      }
    }
    return size > 0 && size <= MAX_POINTS ? size : inherited;
  }

  private static Optional<Float> fontTagSize(String value) {
    try {
      int n =
          value.startsWith("+") || value.startsWith("-")
              ? 3 + Integer.parseInt(value)
              : Integer.parseInt(value);
      return Optional.of(FONT_TAG_SIZES[Math.max(1, Math.min(7, n)) - 1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // ---- page furniture and sidebars ----

  // Site navigation and buttons ("Download Resume", "Back to top"), and a page footer without
  // contact details, are the web page's, not the resume's.
  private static boolean isChrome(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("button")) {
      return true;
    }
    String name = e.normalName();
    if (name.equals("a") && (e.hasAttr("download") || BUTTON_CLASS.matcher(e.className()).find())) {
      return true;
    }
    if (name.equals("footer")) {
      for (Element up = e.parent(); up != null; up = up.parent()) {
        String n = up.normalName();
        if (n.equals("article") || n.equals("section") || n.equals("aside")) {
          return false; // a footer of a part of the resume
        }
      }
      return !hasContact(e);
    }
    return false;
  }

  private static boolean hasContact(Element e) {
    return e.text().indexOf('@') >= 0 || e.selectFirst("a[href^=mailto:], a[href^=tel:]") != null;
  }

  /**
   * The name's {@code <h1>}, or the {@code <header>} in {@code <main>} holding it, when a sidebar
   * comes first: an {@code <aside>} without an {@code <h1>} before the {@code <main>} that holds
   * one.
   */
  // identity: the very node of the document tree, not an equal one
  @SuppressWarnings("ReferenceEquality")
  private static @Nullable Element sidebarHoist(Element root) {
    Element first = root.selectFirst("aside, main");
    if (first == null || !first.normalName().equals("aside") || first.selectFirst("h1") != null) {
      return null;
    }
    Element main = root.selectFirst("main");
    Element h1 = main == null ? null : main.selectFirst("h1");
    if (h1 == null) {
      return null;
    }
    // The name's header (name, label, contacts) goes with it.
    for (Element up = h1.parent(); up != null && up != main; up = up.parent()) {
      if (up.normalName().equals("header")) {
        return up;
      }
    }
    return h1;
  }

  // ---- rows of cells ----

  // The children of a flex or grid container are boxes of their own, whatever their tag.
  private static boolean isFlexItem(Element e) {
    Element parent = e.parent();
    return parent != null && ROW_DISPLAY.matcher(parent.attr("style")).find();
  }

  /**
   * A short box in a flex row that also holds loose text: the row reads as one run of text, its
   * boxes inline ({@code <div class="dates"><div>Aug 2018</div> — <div>Jul 2020</div></div>}).
   */
  private static boolean inRunOfText(Element e) {
    Element parent = e.parent();
    if (parent == null
        || !ROW_DISPLAY.matcher(parent.attr("style")).find()
        || COLUMN_DIRECTION.matcher(parent.attr("style")).find()) {
      return false;
    }
    boolean loose = false;
    for (Node n : parent.childNodes()) {
      loose |= n instanceof TextNode t && !t.isBlank();
    }
    return loose && simpleText(e, MAX_GLUED_CELL_CHARS).isPresent();
  }

  // An inline element styled as a box of its own ({@code span.date { display: block }}).
  private static boolean isBlockBox(Element e) {
    return BLOCK_DISPLAY.matcher(e.attr("style")).find();
  }

  /**
   * The children of {@code e} when they are the cells of one row: a flex or grid container (not a
   * column), children that are inline blocks or floats, or {@code div}/{@code span} children whose
   * texts would glue together (no space between them in the markup, letters or digits on both
   * sides: {@code <span>Title</span><span>2019</span>}, laid out apart by class-based CSS).
   */
  // identity: the very node of the document tree, not an equal one
  @SuppressWarnings("ReferenceEquality")
  private static Optional<List<Element>> rowCells(Element e) {
    List<Element> kids = e.children();
    if (kids.size() < 2 || kids.size() > MAX_ROW_CELLS) {
      return Optional.empty();
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return Optional.empty(); // loose text between the children: running text
      }
    }
    String style = e.attr("style");
    boolean styled = ROW_DISPLAY.matcher(style).find() && !COLUMN_DIRECTION.matcher(style).find();
    if (!styled) {
      for (Element kid : kids) {
        if (isBlockBox(kid)) {
          return Optional.empty(); // boxes styled to stack, one under the other
        }
      }
      styled = true;
      for (Element kid : kids) {
        styled &= CELL_DISPLAY.matcher(kid.attr("style")).find();
      }
    }
    if (styled) {
      for (Element kid : kids) {
        if (simpleText(kid, MAX_CELL_CHARS).isEmpty()) {
          return Optional.empty(); // a column of blocks, not a row of cells
        }
      }
      return Optional.of(kids);
    }
    String previous = null;
    int filled = 0;
    for (int i = 0; i < kids.size(); i++) {
      Element kid = kids.get(i);
      if (!CELL_ELEMENTS.contains(kid.normalName())
          || (i > 0 && kids.get(i - 1).nextSibling() != kid)) {
        return Optional.empty();
      }
      Optional<String> text = simpleText(kid, MAX_GLUED_CELL_CHARS);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      if (t.isBlank()) {
        continue;
      }
      if (previous != null && !glued(previous, t)) {
        return Optional.empty();
      }
      previous = t;
      filled++;
    }
    return filled >= 2 ? Optional.of(kids) : Optional.empty();
  }

  // The text of a short element without blocks inside, or empty when it is not one.
  // identity: the very node of the document tree, not an equal one
  @SuppressWarnings("ReferenceEquality")
  private static Optional<String> simpleText(Element cell, int maxChars) {
    StringBuilder text = new StringBuilder();
    boolean[] simple = {true};
    int[] nodes = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (++nodes[0] > maxChars || text.length() > maxChars) {
              simple[0] = false;
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
              text.append(t.getWholeText());
            } else if (node instanceof Element el && node != cell) {
              String name = el.normalName();
              if (SKIPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (name.equals("br") || (el.isBlock() && !CELL_ELEMENTS.contains(name))) {
                simple[0] = false;
                return FilterResult.STOP;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        cell);
    return simple[0] && text.length() <= maxChars ? Optional.of(text.toString()) : Optional.empty();
  }

  // Whether two texts written with nothing between them would run together as one word.
  private static boolean glued(String before, String after) {
    char last = before.charAt(before.length() - 1);
    char first = after.charAt(0);
    return !Character.isWhitespace(last)
        && OPENING.indexOf(last) < 0
        && Character.isLetterOrDigit(first)
        && !(isHan(last) && isHan(first));
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  // The cells' lines when each cell reads as at most one line and none as a heading.
  private Optional<List<HtmlLine>> oneLineEach(List<Element> cellElements) {
    boolean rowBold = bold.peek();
    List<HtmlLine> out = new ArrayList<>();
    for (Element cell : cellElements) {
      List<HtmlLine> lines = walkCell(cell, rowBold);
      if (lines.size() > 1 || (lines.size() == 1 && lines.get(0).headingLevel > 0)) {
        return Optional.empty();
      }
      out.addAll(lines);
    }
    return out.size() >= 2 ? Optional.of(out) : Optional.empty();
  }

  /** A row: its cells' lines become one line of cells, joined by {@code " | "}. */
  private void row(Element e, List<HtmlLine> cells) {
    String name = e.normalName();
    flush();
    if (PARAGRAPHS.contains(name) && items.isEmpty()) {
      pendingBlock = true;
    }
    HtmlLine row = cells.get(0);
    List<String> texts = new ArrayList<>(cells.size());
    for (HtmlLine cell : cells) {
      if (cell.cells.isEmpty()) {
        texts.add(cell.text().toString());
      } else {
        texts.addAll(cell.cells); // a row inside a cell: its cells are the row's
      }
    }
    for (HtmlLine cell : cells.subList(1, cells.size())) {
      row.absorb(cell, Line.CELL_SEPARATOR);
    }
    row.cells.clear();
    row.cells.addAll(texts);
    int depth = name.equals("li") ? Math.max(1, listNesting) : items.isEmpty() ? 0 : items.peek();
    row.headingLevel =
        name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
            ? name.charAt(1) - '0'
            : heading;
    row.listDepth = depth;
    row.indent = depth > 0 ? 2 * (depth - 1) : 0;
    row.blockStart = false;
    emit(row);
    if (PARAGRAPHS.contains(name) && items.isEmpty()) {
      pendingBlock = true;
    }
  }

  // ---- <pre> ----

  private void pre(Element pre) {
    flush();
    StringBuilder text = new StringBuilder();
    List<String[]> links = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            text.append(t.getWholeText());
          } else if (node instanceof Element e && e.normalName().equals("br")) {
            text.append('\n');
          } else if (node instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) {
            links.add(
                new String[] {TextNormalizer.normalizeLine(e.text()), e.attr("href").strip()});
          }
        },
        pre);
    LineSink scratch = new LineSink(limits);
    PlainLines.read(TextNormalizer.clean(text.toString()), scratch);
    boolean first = true;
    int size = Math.round(sizes.peek() * 10);
    for (Line l : scratch.lines()) {
      HtmlLine draft = new HtmlLine();
      draft.append(l.text(), bold.peek(), size);
      draft.headingLevel = l.style().headingLevel();
      draft.listDepth = l.style().listDepth();
      draft.indent = l.style().indent();
      draft.blockStart = first || l.style().blockStart();
      first = false;
      for (String[] link : links) {
        int at = link[0].isEmpty() ? -1 : l.text().indexOf(link[0]);
        if (at >= 0) {
          draft.addLink(at, at + link[0].length(), link[1]);
        }
      }
      out.add(draft);
    }
    pendingBlock = true;
    full = out.size() > limits.maxLines();
  }

  // ---- tables ----

  /**
   * A table whose cells hold one line each gives one line per row: {@code label: value} for a
   * two-column table of short labels, otherwise the cells joined by {@code " | "}. A row with a
   * cell of several lines is a layout row: its cells' lines follow one another, cell by cell.
   */
  private void table(Element table) {
    flush();
    List<List<List<HtmlLine>>> rows = new ArrayList<>();
    for (Element row : rowsOf(table)) {
      List<List<HtmlLine>> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        String name = cell.normalName();
        if (!name.equals("td") && !name.equals("th")) {
          continue;
        }
        if (tableDepth >= MAX_TABLE_NESTING) {
          HtmlLine flat = new HtmlLine();
          flat.append(cell.text(), false, 0);
          cells.add(flat.isBlank() ? List.of() : List.of(flat));
        } else {
          cells.add(walkCell(cell, bold.peek() || name.equals("th")));
        }
      }
      rows.add(cells);
    }
    pendingBlock = true;
    KeyValueTables.readRows(
        rows,
        row -> {
          row.headingLevel = 0;
          row.listDepth = 0;
          row.indent = 0;
        },
        this::emit);
    pendingBlock = true;
  }

  private void emit(HtmlLine l) {
    l.blockStart = pendingBlock || l.blockStart;
    pendingBlock = false;
    out.add(l);
    full = out.size() > limits.maxLines();
  }

  // The rows of this table, not of tables nested in its cells.
  private static List<Element> rowsOf(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String name = child.normalName();
      if (name.equals("tr")) {
        rows.add(child);
      } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }
}
