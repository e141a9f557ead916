package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.SectionVocabulary;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of an entry read as prose and bullets: the lines before the first bullet are the summary
 * (or description), every line from the first bullet on is one highlight, nested bullets flattened
 * in document order.
 */
public record EntryBody(@Nullable String summary, List<String> highlights) {
  private static final Pattern LABEL_END = Pattern.compile("\\s*[:：]?\\s*$");
  // Words that head the duties, results or courses of one entry; section words are labels too.
  private static final Set<String> LABELS =
      Set.of(
          "responsibilities",
          "key responsibilities",
          "main responsibilities",
          "duties",
          "duties and responsibilities",
          "tasks",
          "key results",
          "results",
          "impact",
          "courses",
          "coursework",
          "relevant coursework",
          "selected coursework",
          "主要职责",
          "工作职责",
          "职责",
          "岗位职责",
          "工作内容",
          "主要工作",
          "工作业绩",
          "项目职责",
          "个人职责",
          "主要贡献",
          "项目成果",
          "主修课程",
          "相关课程");

  public EntryBody {
    highlights = List.copyOf(highlights);
  }

  /**
   * Reads {@code lines}; {@code front} are texts that open the body (a product line that shared a
   * header line with a date).
   */
  public static EntryBody read(List<String> front, List<LineFeatures> lines, Period period) {
    List<String> summary = new ArrayList<>(front);
    List<String> highlights = new ArrayList<>();
    boolean inBullets = false;
    LineFeatures previous = null;
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      String text = Texts.clean(period.strip(lf));
      if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      boolean leadIn =
          (text.endsWith(":") || text.endsWith("："))
              && i + 1 < lines.size()
              && lines.get(i + 1).bullet();
      if (!lf.bullet() && isLabel(text)) {
        // "Responsibilities", "主要职责：": a label over the lines below, not a line of its own.
        inBullets |= i + 1 < lines.size() && lines.get(i + 1).bullet();
        previous = null;
        continue;
      }
      if (lf.bullet() || leadIn) {
        inBullets = true; // a lead-in line ("Key work:") opens the highlights it introduces
      }
      List<String> target = inBullets ? highlights : summary;
      if (isContinuation(previous, lf) && !target.isEmpty()) {
        // A wrapped line of the bullet or paragraph above (PDF and plain text wrap lines).
        target.set(target.size() - 1, join(List.of(target.get(target.size() - 1), text)));
      } else {
        target.add(text);
      }
      previous = lf;
    }
    return new EntryBody(join(summary), highlights);
  }

  /**
   * Whether a short line only labels what follows inside an entry: a section word ("Achievements",
   * "Projects") or a word for duties or courses, with or without a colon.
   */
  public static boolean isLabel(String text) {
    String t = LABEL_END.matcher(text).replaceAll("");
    if (t.isEmpty() || t.length() > 40) {
      return false;
    }
    return LABELS.contains(t.toLowerCase(Locale.ROOT))
        || SectionVocabulary.findExact(t).isPresent();
  }

  /**
   * Whether a line continues the one above rather than starting an item: the one above runs to the
   * wrap width of a paged document, and this one has no bullet, no heading, no paragraph gap before
   * it, and sits at the same or a deeper indent (Markdown readers join wrapped items). A row of
   * cells starts a new row; it does not wrap from the line above.
   */
  static boolean isContinuation(@Nullable LineFeatures previous, LineFeatures lf) {
    if (previous == null
        || lf.bullet()
        || lf.isHeading()
        || lf.blockStart()
        || previous.isHeading()
        || lf.keyValue().isPresent()
        || lf.line().isRow()) {
      return false;
    }
    return previous.full() && lf.line().style().indent() >= previous.line().style().indent() - 2;
  }

  /**
   * The lines with each wrapped continuation joined onto the line it continues, so that a list item
   * wrapped over several lines of a page reads as the one item it is.
   */
  public static List<LineFeatures> joinContinuations(List<LineFeatures> lines) {
    List<LineFeatures> out = new ArrayList<>(lines.size());
    LineFeatures previous = null;
    for (LineFeatures lf : lines) {
      if (isContinuation(previous, lf) && !out.isEmpty()) {
        LineFeatures head = out.remove(out.size() - 1);
        out.add(LineFeatures.of(joined(head.line(), lf.line())).withFull(lf.full()));
      } else {
        out.add(lf);
      }
      previous = lf;
    }
    return out;
  }

  // The line with its wrapped continuation: in a row of cells, the continuation ends the last cell.
  private static Line joined(Line head, Line continuation) {
    if (!head.isRow()) {
      return new Line(
          head.index(),
          head.page(),
          Objects.requireNonNull(join(List.of(head.text(), continuation.text()))),
          head.style(),
          head.links());
    }
    List<Cell> cells = new ArrayList<>(head.cells());
    Cell last = cells.get(cells.size() - 1);
    String text = Objects.requireNonNull(join(List.of(last.text(), continuation.text())));
    cells.set(cells.size() - 1, new Cell(text, last.x(), last.right()));
    List<String> texts = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      texts.add(cell.text());
    }
    return new Line(
        head.index(),
        head.page(),
        String.join(Line.CELL_SEPARATOR, texts),
        head.style(),
        head.links(),
        cells);
  }

  /** Joins lines of one paragraph: a space between words, none between two Han characters. */
  public static @Nullable String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      if (l == null || l.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        char last = sb.charAt(sb.length() - 1);
        char first = l.charAt(0);
        // Chinese wraps without spaces: none where either side of the break is Han.
        if (!(isHan(last) || isHan(first))) {
          sb.append(' ');
        }
      }
      sb.append(l.strip());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static boolean isHan(char c) {
    return Scripts.isHan(c);
  }
}
