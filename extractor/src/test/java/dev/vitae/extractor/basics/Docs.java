package dev.vitae.extractor.basics;

import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;

/** Builds small documents with sections for basics tests: one call per line or heading. */
final class Docs {
  private final List<Line> lines = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private SectionKind kind = SectionKind.HEADER;
  private String heading;
  private int headingLine = -1;
  private int start;
  private String region;

  static Docs doc() {
    return new Docs();
  }

  Docs title(String text) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.heading(1)));
    heading = text;
    headingLine = lines.size() - 1;
    start = lines.size();
    return this;
  }

  Docs line(String text, Link... links) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.PLAIN, List.of(links)));
    return this;
  }

  Docs para(String text) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.PLAIN.withBlockStart(true)));
    return this;
  }

  Docs item(String text, Link... links) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.listItem(1), List.of(links)));
    return this;
  }

  Docs subheading(String text) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.heading(3)));
    return this;
  }

  Docs section(SectionKind next, String text) {
    sections.add(new Section(kind, heading, headingLine, start, lines.size()));
    lines.add(new Line(lines.size(), 1, text, LineStyle.heading(2)));
    kind = next;
    heading = text;
    headingLine = lines.size() - 1;
    start = lines.size();
    return this;
  }

  Docs region(String value) {
    region = value;
    return this;
  }

  ResumeDraft extract() {
    sections.add(new Section(kind, heading, headingLine, start, lines.size()));
    TextDocument doc = new TextDocument(Source.named("t", "text/plain"), 1, lines, List.of());
    ResumeDraft draft = new ResumeDraft();
    if (region != null) {
      draft.setDefaultRegion(region);
    }
    draft.setSections(sections);
    new BasicsExtractor().extract(doc, draft);
    return draft;
  }
}
