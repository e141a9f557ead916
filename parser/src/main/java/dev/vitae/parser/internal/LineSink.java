package dev.vitae.parser.internal;

import dev.vitae.parser.Cell;
import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects a reader's lines within {@link ParseLimits}: normalizes each line's text with {@link
 * TextNormalizer}, drops blank lines (the next line then starts a block), cuts long lines and stops
 * at the line limit with a {@value #TRUNCATED} warning. Each line added is a checkpoint of the
 * document's {@link MemoryBudget}. One instance per document; not thread-safe.
 */
public final class LineSink {
  /** Warning: lines or characters past a limit were dropped. */
  public static final String TRUNCATED = "truncated";

  private static final int MAX_WARNINGS = 50;

  private final ParseLimits limits;
  private final boolean joinHan;
  private final int page;
  private final List<Line> lines = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private boolean pendingBlockStart = true;

  /** A sink for single-page formats whose text keeps the spaces its writer typed. */
  public LineSink(ParseLimits limits) {
    this(limits, false, 1);
  }

  /**
   * A sink.
   *
   * @param joinHan whether spaces between Han characters are layout artefacts to remove (see {@link
   *     TextNormalizer#normalizeLine(String, boolean)})
   * @param page the page number given to lines, from 1
   */
  public LineSink(ParseLimits limits, boolean joinHan, int page) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.joinHan = joinHan;
    if (page < 1) {
      throw new IllegalArgumentException("page < 1: " + page);
    }
    this.page = page;
  }

  /** The next line added starts a new block. */
  public void breakBlock() {
    pendingBlockStart = true;
  }

  /** Adds a line without links; see {@link #add(String, LineStyle, List)}. */
  public void add(String text, LineStyle style) {
    add(text, style, List.of());
  }

  /**
   * Adds a line. Its text and the links' texts are normalized here, and icons in them (markers and
   * symbols, see {@link IconCues#strip}) become the line's cues; a line that is blank after that is
   * dropped and makes the next line start a block. Once the line limit is reached, further lines
   * are dropped and the document gets a {@value #TRUNCATED} warning.
   *
   * @throws MemoryBudget.Exceeded when the document's thread is past its memory budget
   */
  public void add(String text, LineStyle style, List<Link> links) {
    Objects.requireNonNull(style, "style");
    MemoryBudget.check();
    if (lines.size() >= limits.maxLines()) {
      if (!text.isBlank()) {
        warn(TRUNCATED);
      }
      return;
    }
    IconCues.Stripped stripped = IconCues.strip(TextNormalizer.normalizeLine(text, joinHan));
    add(stripped.text(), stripped.cues(), style, links);
  }

  // Adds a line whose text is normalized and free of icons.
  private void add(String normalized, List<Cue> cues, LineStyle style, List<Link> links) {
    if (lines.size() >= limits.maxLines()) {
      if (!normalized.isEmpty()) {
        warn(TRUNCATED);
      }
      return;
    }
    if (normalized.isEmpty()) {
      pendingBlockStart = true;
      return;
    }
    if (normalized.length() > limits.maxLineChars()) {
      int cut = limits.maxLineChars();
      if (Character.isHighSurrogate(normalized.charAt(cut - 1))) {
        cut--;
      }
      normalized = normalized.substring(0, cut);
      warn(TRUNCATED);
    }
    List<Link> normalizedLinks = new ArrayList<>(links.size());
    for (Link link : links) {
      normalizedLinks.add(
          new Link(
              IconCues.strip(TextNormalizer.normalizeLine(link.text(), joinHan)).text(),
              link.url().strip()));
    }
    LineStyle finalStyle =
        pendingBlockStart && !style.blockStart() ? style.withBlockStart(true) : style;
    pendingBlockStart = false;
    List<Cue> kept = new ArrayList<>(cues.size());
    for (Cue cue : cues) {
      kept.add(
          cue.offset() <= normalized.length() ? cue : new Cue(cue.kind(), normalized.length()));
    }
    lines.add(new Line(lines.size(), page, normalized, finalStyle, normalizedLinks).withCues(kept));
  }

  /**
   * Adds a row of cells as one line whose text is the cells' texts joined by {@link
   * Line#CELL_SEPARATOR}; cells blank after normalization are dropped, and a row left with one cell
   * is a plain line. See {@link #add(String, LineStyle, List)} for the rest.
   */
  public void add(List<Cell> cells, LineStyle style, List<Link> links) {
    List<Cell> kept = new ArrayList<>(cells.size());
    List<List<Cue>> cellCues = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      IconCues.Stripped stripped =
          IconCues.strip(TextNormalizer.normalizeLine(cell.text(), joinHan));
      if (!stripped.text().isEmpty()) {
        kept.add(new Cell(stripped.text(), cell.x(), cell.right()));
        cellCues.add(stripped.cues());
      }
    }
    if (kept.size() <= 1) {
      add(
          kept.isEmpty() ? "" : kept.get(0).text(),
          kept.isEmpty() ? List.of() : cellCues.get(0),
          style,
          links);
      return;
    }
    StringBuilder text = new StringBuilder();
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (text.length() > 0) {
        text.append(Line.CELL_SEPARATOR);
      }
      for (Cue cue : cellCues.get(i)) {
        cues.add(new Cue(cue.kind(), text.length() + cue.offset()));
      }
      text.append(kept.get(i).text());
    }
    int before = lines.size();
    add(text.toString(), cues, style, links);
    Line added = lines.size() > before ? lines.get(before) : null;
    // a row cut at the character limit keeps its text as one cell
    if (added != null && added.text().contentEquals(text)) {
      lines.set(
          before,
          new Line(
              added.index(),
              added.page(),
              added.text(),
              added.style(),
              added.links(),
              kept,
              added.cues()));
    }
  }

  /** Adds a soft finding once; never document content. */
  public void warn(String warning) {
    Objects.requireNonNull(warning, "warning");
    if (!warnings.contains(warning) && warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    }
  }

  /** The lines added so far. */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The document made of the lines and warnings collected so far. */
  public TextDocument toDocument(Source source, int pages) {
    return new TextDocument(source, pages, lines, warnings);
  }
}
