package dev.vitae.extractor.basics;

import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds small documents with sections for basics tests: one call per line or heading. */
final class Docs {
  private static final Pattern CUE_MARK = Pattern.compile("\\{([A-Z]+)\\}");

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

  /**
   * A line with icon cues written in place as {@code {KIND}}: {@code "{EMAIL}a@b.c {PHONE}555"} is
   * the line {@code "a@b.c 555"} with an email cue at 0 and a phone cue at 6.
   */
  Docs cued(String marked, Link... links) {
    StringBuilder text = new StringBuilder();
    List<Cue> cues = new ArrayList<>();
    Matcher m = CUE_MARK.matcher(marked);
    int at = 0;
    while (m.find()) {
      text.append(marked, at, m.start());
      cues.add(new Cue(Cue.Kind.valueOf(m.group(1)), text.length()));
      at = m.end();
    }
    text.append(marked.substring(at));
    lines.add(
        new Line(lines.size(), 1, text.toString(), LineStyle.PLAIN, List.of(links)).withCues(cues));
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

  /** A top-level heading inside the current section (a name a sidebar pushed down). */
  Docs topHeading(String text) {
    lines.add(new Line(lines.size(), 1, text, LineStyle.heading(1)));
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
