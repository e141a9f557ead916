package dev.vitae.parser.pdf;

import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.internal.IconCues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Document-wide layout decisions over the lines in reading order: body font size, block starts,
 * list markers, hyphenation, heading levels, indents and columns.
 */
final class LineLayout {
  // A line this much larger than body text (and short) is a heading.
  private static final float HEADING_RATIO = 1.15f;
  private static final int HEADING_MAX_CHARS = 60;
  private static final int MAX_HEADING_LEVEL = 6;
  private static final float SAME_LEVEL_RATIO = 0.94f;
  private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?。：；！？|]$");
  // A baseline gap this many times the normal line spacing starts a block.
  private static final float BLOCK_GAP_RATIO = 1.5f;
  // A bullet indented past its enclosing bullet by more than NEST_MIN points (and at most
  // NEST_MAX, beyond which it is another list, e.g. in another column) is nested in it.
  private static final float NEST_MIN = 4f;
  private static final float NEST_MAX = 40f;

  // Glyph bullets stand alone; dashes and asterisks are bullets only when a space follows.
  // Icon-font glyphs (Font Awesome, Wingdings) reach here as private-use characters.
  private static final String GLYPH_BULLETS = "•▪◦‣●■➢∙○◆◇►▸▶➤✓✔·❖⁃□◼◾▫❑❒➔→⇒★☆♦";
  private static final String DASH_BULLETS = "-–*";
  private static final Pattern CELL_SEPARATOR = Pattern.compile(Pattern.quote(Line.CELL_SEPARATOR));
  private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}[-\\u2010]");

  private LineLayout() {}

  // A line on its way to a Line, after list markers and hyphenation are resolved.
  private static final class Entry {
    final RawLine raw;
    String text;
    float x;
    boolean listItem;
    boolean blockStart;
    boolean wrapped;
    // Icon markers taken off the start of the line, which become its first cues.
    String lead = "";
    float right;
    List<Link> links;

    Entry(RawLine raw, boolean blockStart) {
      this.raw = raw;
      this.text = raw.text();
      this.x = raw.x();
      this.blockStart = blockStart;
      this.right = raw.right();
      this.links = raw.links();
    }

    // The next line joined onto this one: its text (as the caller joined it) and its links.
    void absorb(Entry next, String joined, int maxLineChars) {
      text = PdfReader.cut(joined, maxLineChars);
      right = next.right;
      List<Link> all = new ArrayList<>(links);
      all.addAll(next.links);
      links = all;
    }
  }

  /**
   * Turns raw lines, already in reading order, into the document's lines.
   *
   * @param charsBySize how many characters the document has in each font size
   * @param maxLineChars bound on a line made by joining a hyphenated line end
   */
  static List<Line> layout(List<RawLine> raw, Map<Float, Integer> charsBySize, int maxLineChars) {
    float body = charsBySize.isEmpty() ? 0 : PdfReader.dominant(charsBySize);
    float spacing = normalSpacing(raw, body);
    List<Entry> entries = new ArrayList<>(raw.size());
    RawLine previous = null;
    for (RawLine line : raw) {
      entries.add(new Entry(line, startsBlock(previous, line, spacing)));
      previous = line;
    }
    entries = joinHyphenated(markListItems(entries, body), maxLineChars);
    entries = joinWrappedHeadings(entries, body, maxLineChars);

    // Indents count from the left edge of the line's column on its page.
    Map<Long, Float> margins = new HashMap<>();
    for (Entry e : entries) {
      margins.merge(columnKey(e.raw), e.x, Math::min);
    }
    Map<Float, Integer> headingLevels = headingLevels(entries, body);
    int[] depths = listDepths(entries);

    List<Line> lines = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      float size = e.raw.fontSize();
      int headingLevel =
          isHeadingCandidate(e, body)
              ? Objects.requireNonNull(headingLevels.get(sizeClass(size)))
              : 0;
      LineStyle style =
          new LineStyle(
              size,
              body > 0 ? Math.round(size / body * 100) / 100f : 1,
              e.raw.bold(),
              Math.round(e.x - Objects.requireNonNull(margins.get(columnKey(e.raw)))),
              headingLevel,
              depths[i],
              e.blockStart,
              e.raw.column());
      IconCues.Stripped text = IconCues.strip(e.lead + e.text);
      if (text.text().isEmpty()) {
        continue; // icons only
      }
      lines.add(
          new Line(lines.size(), e.raw.page(), text.text(), style, e.links, cells(e, text.text()))
              .withCues(text.cues()));
    }
    return lines;
  }

  /**
   * The cells of a row, each with its place on the page; one cell, the whole text, for a line that
   * is no row or whose text no longer cuts into its row's cells (joined with the next line, cut at
   * the length limit).
   */
  private static List<Cell> cells(Entry e, String text) {
    List<RowCells.Cell> raw = e.raw.cells();
    if (!raw.isEmpty()) {
      String[] parts = CELL_SEPARATOR.split(text, -1);
      if (parts.length == raw.size()) {
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int k = 0; k < parts.length; k++) {
          RowCells.Cell c = raw.get(k);
          if (parts[k].isBlank()) {
            break;
          }
          cells.add(new Cell(parts[k], c.x(), c.right()));
        }
        if (cells.size() == parts.length) {
          return cells;
        }
      }
    }
    return List.of(new Cell(text, e.x, Math.max(e.x, e.right)));
  }

  private static long columnKey(RawLine line) {
    return ((long) line.page() << 32) | line.column();
  }

  // The most common baseline distance between consecutive body-text lines of a page.
  static float normalSpacing(List<RawLine> raw, float body) {
    Map<Float, Integer> bodyGaps = new HashMap<>();
    Map<Float, Integer> allGaps = new HashMap<>();
    for (int i = 1; i < raw.size(); i++) {
      RawLine a = raw.get(i - 1);
      RawLine b = raw.get(i);
      float delta = b.baseline() - a.baseline();
      float size = Math.max(a.fontSize(), b.fontSize());
      if (a.page() != b.page() || delta < 0.5f * size || delta > 3 * size) {
        continue;
      }
      Float gap = Math.round(delta * 2) / 2f;
      allGaps.merge(gap, 1, Integer::sum);
      if (Math.abs(a.fontSize() - body) <= 0.5f && Math.abs(b.fontSize() - body) <= 0.5f) {
        bodyGaps.merge(gap, 1, Integer::sum);
      }
    }
    if (bodyGaps.values().stream().mapToInt(Integer::intValue).sum() >= 3) {
      return PdfReader.dominant(bodyGaps);
    }
    if (!allGaps.isEmpty()) {
      return PdfReader.dominant(allGaps);
    }
    return 1.2f * (body > 0 ? body : 10);
  }

  private static boolean startsBlock(@Nullable RawLine previous, RawLine line, float spacing) {
    if (previous == null || previous.page() != line.page() || previous.column() != line.column()) {
      return true;
    }
    float delta = line.baseline() - previous.baseline();
    // Moving up the page means a new column or a block placed out of reading order.
    if (delta < -0.5f * Math.max(line.fontSize(), previous.fontSize())) {
      return true;
    }
    return delta > BLOCK_GAP_RATIO * spacing;
  }

  private static List<Entry> markListItems(List<Entry> entries, float body) {
    List<Entry> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int marker = markerLength(e.text);
      if (marker == 0) {
        out.add(e);
        continue;
      }
      String rest = e.text.substring(marker).strip();
      int first = e.text.codePointAt(0);
      boolean icon = isIcon(first);
      // A contact icon labels what follows, and an icon before a large short line decorates a
      // heading: neither makes a list.
      boolean cue = IconCues.isMarker(first) && first != IconCues.UNKNOWN;
      boolean label = cue || (icon && headingSized(e.raw.fontSize(), rest, body));
      String lead = cue ? e.text.substring(0, marker) : "";
      if (!rest.isEmpty()) {
        e.text = rest;
        e.lead = lead;
        e.listItem = !label;
        out.add(e);
        continue;
      }
      // A marker on a line of its own (drawn apart from its text) belongs to the next line.
      Entry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
      if (next != null
          && sameRow(e.raw, next.raw)
          && next.x > e.x
          && markerLength(next.text) == 0) {
        if (!label) {
          next.x = e.x;
          next.listItem = true;
        }
        next.lead = lead;
        next.blockStart = e.blockStart;
        out.add(next);
        i++;
      }
    }
    return out;
  }

  static int markerLength(String text) {
    int cp = text.codePointAt(0);
    int length = Character.charCount(cp);
    if (isIcon(cp) || GLYPH_BULLETS.indexOf(cp) >= 0) {
      return length;
    }
    if (DASH_BULLETS.indexOf(cp) >= 0 && (text.length() == length || text.charAt(length) == ' ')) {
      return length;
    }
    return 0;
  }

  // Icon fonts (Font Awesome and the like) put their glyphs in the private use area.
  private static boolean isIcon(int cp) {
    return cp >= 0xE000 && cp <= 0xF8FF;
  }

  private static boolean sameRow(RawLine a, RawLine b) {
    float tolerance = Math.max(Math.max(a.height(), b.height()), b.fontSize());
    return a.page() == b.page() && Math.abs(a.baseline() - b.baseline()) <= tolerance;
  }

  private static List<Entry> joinHyphenated(List<Entry> entries, int maxLineChars) {
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Entry last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && continuesHyphenated(last, e)) {
        last.absorb(e, last.text.substring(0, last.text.length() - 1) + e.text, maxLineChars);
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean continuesHyphenated(Entry line, Entry next) {
    return line.raw.page() == next.raw.page()
        && !next.blockStart
        && !next.listItem
        && endsWithHyphen(line.text)
        && HYPHENATED.matcher(line.text).matches()
        && Character.isLowerCase(next.text.codePointAt(0));
  }

  private static boolean endsWithHyphen(String text) {
    return !text.isEmpty() && (text.endsWith("-") || text.endsWith("\u2010"));
  }

  /**
   * Joins a heading that wrapped onto a second line ("Class Teacher at Meanwood" / "Park Primary
   * School"): the same size and weight, left-aligned, no paragraph gap, and the next line's first
   * word would not have fitted in the room the first line left before the column's right edge.
   */
  private static List<Entry> joinWrappedHeadings(
      List<Entry> entries, float body, int maxLineChars) {
    Map<Long, Float> rights = new HashMap<>();
    for (Entry e : entries) {
      rights.merge(columnKey(e.raw), e.right, Math::max);
    }
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Entry last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && !last.wrapped
          && wrapsOnto(last, e, body, Objects.requireNonNull(rights.get(columnKey(e.raw))))) {
        last.absorb(e, last.text + " " + e.text, maxLineChars);
        last.wrapped = true;
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean wrapsOnto(Entry line, Entry next, float body, float columnRight) {
    float size = line.raw.fontSize();
    if (line.raw.page() != next.raw.page()
        || line.raw.column() != next.raw.column()
        || next.blockStart
        || line.listItem
        || next.listItem
        || !isHeadingCandidate(line, body)
        || !isHeadingCandidate(next, body)
        || sizeClass(size) != sizeClass(next.raw.fontSize())
        || line.raw.bold() != next.raw.bold()
        || Math.abs(line.x - next.x) > size / 2
        || SENTENCE_END.matcher(line.text).find()) {
      return false;
    }
    int space = next.text.indexOf(' ');
    int firstWord = space < 0 ? next.text.length() : space;
    float perChar = (next.right - next.x) / Math.max(1, next.text.length());
    return columnRight - line.right < (firstWord + 1) * perChar;
  }

  private static boolean isHeadingCandidate(Entry e, float body) {
    return !e.listItem
        && headingSized(
            e.raw.fontSize(), e.text, body, e.wrapped ? 2 * HEADING_MAX_CHARS : HEADING_MAX_CHARS);
  }

  private static boolean headingSized(float size, String text, float body) {
    return headingSized(size, text, body, HEADING_MAX_CHARS);
  }

  private static boolean headingSized(float size, String text, float body, int maxChars) {
    return body > 0
        && size >= HEADING_RATIO * body
        && !text.isEmpty()
        && text.codePointCount(0, text.length()) <= maxChars;
  }

  // Sizes are compared in half points so that 15.9 and 16.0 make one level.
  private static float sizeClass(float size) {
    return Math.round(size * 2) / 2f;
  }

  private static Map<Float, Integer> headingLevels(List<Entry> entries, float body) {
    TreeSet<Float> sizes = new TreeSet<>();
    for (Entry e : entries) {
      if (isHeadingCandidate(e, body)) {
        sizes.add(sizeClass(e.raw.fontSize()));
      }
    }
    Map<Float, Integer> levels = new HashMap<>();
    int level = 0;
    float top = Float.MAX_VALUE;
    for (Float size : sizes.descendingSet()) {
      // Sizes a few percent apart are one level set by different fonts, not two.
      if (size < top * SAME_LEVEL_RATIO) {
        level = Math.min(level + 1, MAX_HEADING_LEVEL);
        top = size;
      }
      levels.put(size, level);
    }
    return levels;
  }

  private static int[] listDepths(List<Entry> entries) {
    int[] depths = new int[entries.size()];
    List<Float> open = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!e.listItem) {
        // Text left of the outermost bullet ends the list (a new entry or section).
        if (!open.isEmpty() && e.x < open.get(0) - NEST_MIN) {
          open.clear();
        }
        continue;
      }
      while (!open.isEmpty() && open.get(open.size() - 1) > e.x + NEST_MIN) {
        open.remove(open.size() - 1);
      }
      float shift = open.isEmpty() ? 0 : e.x - open.get(open.size() - 1);
      if (open.isEmpty() || shift > NEST_MAX) {
        open.clear();
        open.add(e.x);
      } else if (shift > NEST_MIN) {
        open.add(e.x);
      }
      depths[i] = open.size();
    }
    return depths;
  }
}
