package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.parser.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The self-description near the top: prose in the header (a long paragraph) and prose in a summary
 * section before its first sub-heading, joined in document order. A line of a paragraph joins the
 * one before with a space, or with nothing between Chinese characters. Without any, the bullets of
 * a "Key Achievements" section are the summary. Text is kept as written.
 */
final class SummaryFinder {
  private static final int MAX_CHARS = 5000;
  private static final int HEADER_LINES = 40;

  /** A header paragraph must be this long to be a summary rather than a tagline. */
  private static final double MIN_HEADER_WEIGHT = 8;

  /** A bullet in a summary section must be a sentence this long to count as prose. */
  private static final double MIN_BULLET_WEIGHT = 6;

  private static final Pattern STRUCTURED = Pattern.compile("[|•·▪]");

  private SummaryFinder() {}

  static Optional<Drafted<String>> find(Scope scope, Set<Integer> usedLines) {
    List<Line> picked = new ArrayList<>();
    List<Line> header = scope.header.subList(0, Math.min(scope.header.size(), HEADER_LINES));
    List<List<Line>> paragraphs = paragraphs(header, usedLines, scope.contactLines);
    for (int i = 0; i < paragraphs.size(); i++) {
      List<Line> paragraph = paragraphs.get(i);
      double weight = paragraph.stream().mapToDouble(l -> Prose.weight(l.text())).sum();
      if (weight >= MIN_HEADER_WEIGHT) {
        picked.addAll(paragraph);
      } else if (!picked.isEmpty()) {
        break;
      }
      // The self-description is one run of prose: whatever follows a gap is something else.
      if (!picked.isEmpty()
          && i + 1 < paragraphs.size()
          && !adjacent(paragraph, paragraphs.get(i + 1))) {
        break;
      }
    }
    for (Line line : scope.summary) {
      if (usedLines.contains(line.index()) || !isProse(line, scope.contactLines)) {
        continue;
      }
      if (line.style().isListItem() && Prose.weight(line.text()) < MIN_BULLET_WEIGHT) {
        continue;
      }
      picked.add(line);
    }
    if (picked.isEmpty()) {
      for (Line line : scope.achievements) {
        if (!line.style().isHeading() && !Prose.isDecorationOnly(line.text())) {
          picked.add(line);
        }
      }
      return join(picked, true);
    }
    return join(picked, false);
  }

  private static Optional<Drafted<String>> join(List<Line> lines, boolean bullets) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    int length = 0;
    for (Line line : lines) {
      String text = Prose.stripDecoration(line.text());
      if (bullets) {
        text = Prose.stripStrayBullet(text);
      }
      if (length + text.length() > MAX_CHARS) {
        break;
      }
      parts.add(text);
      length += text.length();
    }
    String summary = Prose.join(parts);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Drafted<>(summary, lines.get(0).index(), lines.get(lines.size() - 1).index()));
  }

  // Whether only prose lines lie between two paragraphs (they are split by a block start only).
  private static boolean adjacent(List<Line> before, List<Line> after) {
    return after.get(0).index() == before.get(before.size() - 1).index() + 1;
  }

  // Consecutive prose lines, split where a new block starts or a non-prose line intervenes.
  private static List<List<Line>> paragraphs(
      List<Line> lines, Set<Integer> usedLines, ContactLines contacts) {
    List<List<Line>> paragraphs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      boolean prose =
          !usedLines.contains(line.index())
              && isProse(line, contacts)
              && !line.style().isListItem();
      if (!prose || line.style().blockStart()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      }
      if (prose) {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  /**
   * Whether a line is running text: not a heading, label line, contact line, name or decoration.
   */
  static boolean isProse(Line line, ContactLines contacts) {
    String text = line.text();
    if (line.style().isHeading() || Prose.isDecorationOnly(text)) {
      return false;
    }
    // "School | Major | Degree" rows are records, not running text.
    if (Prose.segments(text).size() > 2 && STRUCTURED.matcher(text).find()) {
      return false;
    }
    List<Fields.Field> fields = Fields.parse(text);
    if (Fields.startsWithLabel(text, fields)) {
      Fields.Field first = fields.get(0);
      if (first.key() != FieldKey.OTHER || Prose.weight(first.value()) <= MIN_HEADER_WEIGHT) {
        return false;
      }
    }
    if (contacts.isContactLine(text)
        || (text.contains("@") && Prose.weight(text) < MIN_HEADER_WEIGHT)) {
      return false;
    }
    if (Prose.EMAIL.matcher(text).find()) {
      return false;
    }
    return !NameFinder.isName(Prose.stripDecoration(text));
  }
}
