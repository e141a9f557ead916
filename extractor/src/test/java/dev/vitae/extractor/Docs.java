package dev.vitae.extractor;

import dev.vitae.extractor.layout.LayoutStage;
import dev.vitae.extractor.section.SectionSplitter;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds small documents for tests from a compact notation: {@code "## Heading"} is a heading of
 * level 2, {@code "- item"} a list item (indent two spaces per depth), {@code "[text](url)"} a
 * link, {@code "**text**"} a bold line, an empty string a blank line (sets blockStart on the next
 * line), anything else a plain line.
 */
public final class Docs {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");
  private static final Pattern BULLET = Pattern.compile("^( *)(?:[-*]|\\d+\\.) (.*)$");

  private Docs() {}

  public static TextDocument of(String... lines) {
    List<Line> out = new ArrayList<>();
    boolean gap = true;
    for (String raw : lines) {
      if (raw.isEmpty()) {
        gap = true;
        continue;
      }
      LineStyle style;
      String text = raw;
      Matcher b = BULLET.matcher(raw);
      if (raw.startsWith("#")) {
        int level = 0;
        while (level < raw.length() && raw.charAt(level) == '#') {
          level++;
        }
        style = LineStyle.heading(level);
        text = raw.substring(level).strip();
      } else if (b.matches()) {
        style = LineStyle.listItem(b.group(1).length() / 2 + 1);
        text = b.group(2);
      } else if (raw.length() > 4 && raw.startsWith("**") && raw.endsWith("**")) {
        style = new LineStyle(0, 1, true, 0, 0, 0, false, 0);
        text = raw.substring(2, raw.length() - 2);
      } else {
        style = LineStyle.PLAIN;
      }
      List<Link> links = new ArrayList<>();
      Matcher m = LINK.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        links.add(new Link(m.group(1), m.group(2)));
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
      }
      m.appendTail(sb);
      String lineText = sb.toString();
      // "a | b" is a row of cells, as readers give a table row or a PDF row with wide gaps.
      List<Cell> cells = new ArrayList<>();
      String[] parts = lineText.split(Pattern.quote(Line.CELL_SEPARATOR), -1);
      for (int k = 0; k < parts.length && parts.length > 1; k++) {
        cells.add(new Cell(parts[k], k, k));
      }
      if (cells.isEmpty() || cells.stream().anyMatch(c -> c.text().isBlank())) {
        out.add(new Line(out.size(), 1, lineText, style.withBlockStart(gap), links));
      } else {
        out.add(new Line(out.size(), 1, lineText, style.withBlockStart(gap), links, cells));
      }
      gap = false;
    }
    return new TextDocument(Source.named("test.md", "text/markdown"), 1, out, List.of());
  }

  /** A draft with layout and sections already derived. */
  public static ResumeDraft draft(TextDocument doc) {
    ResumeDraft draft = new ResumeDraft();
    new LayoutStage().extract(doc, draft);
    new SectionSplitter().extract(doc, draft);
    return draft;
  }
}
