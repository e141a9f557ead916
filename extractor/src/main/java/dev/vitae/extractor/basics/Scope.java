package dev.vitae.extractor.basics;

import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines the basics stage reads: the header, the contact section and a summary section up to its
 * first sub-heading (the "area"), plus the headings that may carry a name ("Resume of X").
 */
final class Scope {
  /** Bounds the lines read from any one section. */
  static final int MAX_SECTION_LINES = 60;

  private static final int FALLBACK_HEADER_LINES = 30;

  final TextDocument doc;
  final List<Line> header = new ArrayList<>();
  final List<Line> summary = new ArrayList<>();
  final List<Line> contact = new ArrayList<>();
  final List<Line> achievements = new ArrayList<>();
  final List<Line> area = new ArrayList<>();
  final List<Line> outside = new ArrayList<>();

  /** Contact-line answers, shared by the finders that read this scope. */
  final ContactLines contactLines = new ContactLines();

  /** Headings that may hold a name, with the line they are on (-1 when unknown). */
  final List<Heading> titles = new ArrayList<>();

  record Heading(String text, int line, SectionKind kind) {}

  private Scope(TextDocument doc) {
    this.doc = doc;
  }

  static Scope of(TextDocument doc, List<Section> sections) {
    Scope scope = new Scope(doc);
    List<Line> lines = doc.lines();
    Set<Integer> inArea = new HashSet<>();
    Set<Integer> skipped = new HashSet<>();
    if (sections.isEmpty()) {
      scope.fallback(lines, inArea);
    }
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      if (section.headingLine() >= 0 && section.headingLine() < lines.size()) {
        skipped.add(section.headingLine());
      }
      boolean leading = s == 0 && section.kind() == SectionKind.OTHER && section.headingLine() <= 2;
      SectionKind kind = leading ? SectionKind.HEADER : section.kind();
      if (section.heading() != null
          && (kind == SectionKind.HEADER
              || kind == SectionKind.SUMMARY
              || kind == SectionKind.CONTACT)) {
        scope.titles.add(new Heading(section.heading(), section.headingLine(), kind));
      }
      List<Line> body = bounded(section, lines);
      switch (kind) {
        case HEADER -> addAll(body, scope.header, inArea);
        case CONTACT -> addAll(body, scope.contact, inArea);
        case SUMMARY -> {
          for (Line line : body) {
            if (line.style().isHeading()) {
              break;
            }
            scope.summary.add(line);
            inArea.add(line.index());
          }
        }
        case ACHIEVEMENTS -> scope.achievements.addAll(body);
        case REFERENCES -> body.forEach(l -> skipped.add(l.index()));
        default -> {}
      }
    }
    for (Line line : lines) {
      if (inArea.contains(line.index())) {
        scope.area.add(line);
      } else if (!skipped.contains(line.index())) {
        scope.outside.add(line);
      }
    }
    return scope;
  }

  private void fallback(List<Line> lines, Set<Integer> inArea) {
    for (int i = 0; i < Math.min(lines.size(), FALLBACK_HEADER_LINES); i++) {
      Line line = lines.get(i);
      if (line.style().isHeading()) {
        if (i == 0) {
          titles.add(new Heading(line.text(), 0, SectionKind.HEADER));
          continue;
        }
        break;
      }
      header.add(line);
      inArea.add(line.index());
    }
  }

  private static List<Line> bounded(Section section, List<Line> lines) {
    int start = Math.min(section.start(), lines.size());
    int end = Math.min(Math.min(section.end(), lines.size()), start + MAX_SECTION_LINES);
    return lines.subList(start, end);
  }

  private static void addAll(List<Line> body, List<Line> into, Set<Integer> inArea) {
    for (Line line : body) {
      into.add(line);
      inArea.add(line.index());
    }
  }
}
