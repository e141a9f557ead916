package dev.vitae.extractor.projects;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.Entry;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.entry.EntrySplitter;
import dev.vitae.extractor.entry.Period;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Link;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads project and open-source sections. Structure decides what a project is: a heading (under a
 * higher heading that groups several, which becomes the project's {@code entity}); a list item with
 * nested items (the nested items are its highlights); a list item of its own ("[name](url)
 * description", "Name: description"); or a short line followed by a paragraph. A trailing role word
 * ("PMC", "Contributor") goes to {@code roles}.
 *
 * <p>Requires LAYOUT and SECTIONS; provides PROJECTS.
 */
public final class ProjectsExtractor implements Extractor {
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)^(.+?)\\s+(PMC(?: Member| Chair)?|Committer|Contributor|Maintainer|Developer|Author"
              + "|Creator|Co-?founder|Founder|Lead|Owner|Core Developer|Core Member|Member|Mentor|Mentee)$");
  // "Recipe Hub | GITHUB.COM/USER/FOOD": the address printed beside the name is not the name
  private static final Pattern TRAILING_ADDRESS =
      Pattern.compile("(?i)\\s*[|｜]\\s*(?:https?://)?[\\w.-]+\\.[a-z]{2,}(?:/\\S*)?\\s*$");
  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("^(.{2,60}?)\\s*(?:[:：]|\\s[-–—]\\s)\\s*(.+)$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[。.!]$");
  private static final Pattern LINK_LIST_SEPARATORS = Pattern.compile("[\\s,，、;；|·•/&]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.PROJECTS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections()) {
      if (section.kind() != SectionKind.PROJECTS && section.kind() != SectionKind.OPEN_SOURCE) {
        continue;
      }
      List<LineFeatures> lines =
          layout.range(section.start(), section.end()).stream()
              .filter(l -> !l.text().isEmpty())
              .toList();
      for (Entry entry : entries(lines)) {
        List<Project> linked = linkList(entry);
        if (!linked.isEmpty()) {
          linked.forEach(
              p -> draft.projects().add(new Drafted<>(p, entry.firstLine(), entry.lastLine())));
          continue;
        }
        build(entry)
            .ifPresent(
                p -> draft.projects().add(new Drafted<>(p, entry.firstLine(), entry.lastLine())));
      }
    }
  }

  static List<Entry> entries(List<LineFeatures> lines) {
    int minLevel =
        lines.stream()
            .filter(LineFeatures::isHeading)
            .mapToInt(LineFeatures::headingLevel)
            .min()
            .orElse(0);
    if (minLevel > 0) {
      List<Entry> out = new ArrayList<>();
      int i = 0;
      while (i < lines.size()) {
        if (!lines.get(i).isHeading() || lines.get(i).headingLevel() != minLevel) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < lines.size()
            && !(lines.get(j).isHeading() && lines.get(j).headingLevel() <= minLevel)) {
          j++;
        }
        LineFeatures head = lines.get(i);
        List<LineFeatures> under = lines.subList(i + 1, j);
        boolean hasSubHeadings = under.stream().anyMatch(LineFeatures::isHeading);
        String group = Texts.clean(head.text());
        if (hasSubHeadings && !under.get(0).isHeading()) {
          // A heading with content of its own is a project; the sub-headings are its siblings.
          int sub = 0;
          while (!under.get(sub).isHeading()) {
            sub++;
          }
          out.add(new Entry(null, List.of(head), under.subList(0, sub)));
          out.addAll(entries(under.subList(sub, under.size())));
        } else if (hasSubHeadings) {
          for (Entry e : entries(under)) {
            out.add(new Entry(e.group() == null ? group : e.group(), e.header(), e.body()));
          }
        } else if (listsProjects(under)) {
          out.addAll(EntrySplitter.byParentBullets(under, group));
        } else {
          out.add(new Entry(null, List.of(head), under));
        }
        i = j;
      }
      return out;
    }
    if (lines.stream()
        .anyMatch(
            l ->
                !l.bullet()
                    && l.hasDate()
                    && l.words() <= 14
                    && (l.leadingDate().isPresent() || l.trailingDate().isPresent()))) {
      // "Project name 2019.5" lines open the entries; numbered lines under them are highlights
      return EntrySplitter.split(lines, EntrySplitter.UndatedHeadings.ENTRIES);
    }
    if (EntrySplitter.hasNestedBullets(lines)) {
      return EntrySplitter.byParentBullets(lines, null);
    }
    if (lines.stream().anyMatch(LineFeatures::bullet)) {
      List<Entry> out = new ArrayList<>();
      boolean titled = lines.stream().anyMatch(ProjectsExtractor::isTitleItem);
      for (LineFeatures lf : lines) {
        if (!lf.bullet()) {
          continue;
        }
        if (titled && !isTitleItem(lf) && !out.isEmpty()) {
          // "**Name**" then the paragraph about it, both list items at one depth.
          Entry last = out.remove(out.size() - 1);
          List<LineFeatures> body = new ArrayList<>(last.body());
          body.add(lf);
          out.add(new Entry(null, last.header(), body));
        } else {
          out.add(new Entry(null, List.of(lf), List.of()));
        }
      }
      return out;
    }
    // Plain lines: a short title line, then the paragraph that describes it.
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures lf = lines.get(i);
      boolean titleLike =
          lf.words() <= 7
              && lf.weightedLength() <= 50
              && !SENTENCE_END.matcher(lf.text()).matches();
      if (titleLike) {
        List<LineFeatures> body = new ArrayList<>();
        while (i + 1 < lines.size() && !(isTitleLine(lines.get(i + 1)) && !body.isEmpty())) {
          body.add(lines.get(++i));
        }
        out.add(new Entry(null, List.of(lf), body));
      }
    }
    return out;
  }

  /** A short list item that is bold or nothing but a link: a project's name. */
  private static boolean isTitleItem(LineFeatures lf) {
    boolean linkOnly =
        lf.line().links().size() == 1
            && lf.line().links().get(0).text().strip().equals(lf.text().strip());
    return lf.bullet() && lf.words() <= 8 && (lf.line().style().bold() || linkOnly);
  }

  private static boolean isTitleLine(LineFeatures lf) {
    return lf.words() <= 7
        && lf.weightedLength() <= 50
        && !SENTENCE_END.matcher(lf.text()).matches()
        && !lf.hasDate();
  }

  /**
   * Whether the list items under a heading are projects of their own: every top-level item is a
   * short name with nested items under it.
   */
  private static boolean listsProjects(List<LineFeatures> under) {
    if (under.isEmpty() || !under.get(0).bullet()) {
      return false;
    }
    int top = EntrySplitter.topListDepth(under, 1);
    for (int i = 0; i < under.size(); i++) {
      LineFeatures lf = under.get(i);
      if (!lf.bullet() || lf.listDepth() != top) {
        continue;
      }
      boolean hasChildren = i + 1 < under.size() && under.get(i + 1).listDepth() > top;
      if (!hasChildren || lf.words() > 8) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is nothing but links ("cpython · lda · Pandas", each linked): one project per link,
   * named by its text.
   */
  static List<Project> linkList(Entry entry) {
    if (entry.header().size() != 1 || !entry.body().isEmpty()) {
      return List.of();
    }
    LineFeatures head = entry.header().get(0);
    List<Link> links = head.line().links();
    if (links.size() < 2) {
      return List.of();
    }
    String rest = head.text();
    for (Link link : links) {
      rest = rest.replace(link.text(), " ");
    }
    if (!LINK_LIST_SEPARATORS.matcher(rest).replaceAll("").isEmpty()) {
      return List.of();
    }
    return links.stream()
        .map(
            l ->
                new Project(
                    Texts.clean(l.text()),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    l.url().startsWith("http") ? l.url() : null,
                    List.of(),
                    entry.group(),
                    null))
        .toList();
  }

  static Optional<Project> build(Entry entry) {
    Period period = Period.of(entry);
    LineFeatures head = entry.header().get(0);
    String title =
        Texts.clean(
            period.consumedLines().contains(head.index())
                ? head.textAfterLeadingDate()
                : head.textWithoutDates());
    String url = null;
    String description = null;
    List<Link> links = head.line().links();
    if (!links.isEmpty()
        && title.startsWith(links.get(0).text())
        && entry.body().isEmpty()
        && title.length() > links.get(0).text().length()) {
      // "[name](url) what it is": the link names the project, the rest describes it.
      Link first = links.get(0);
      url = first.url();
      description = Texts.cleanOrNull(title.substring(first.text().length()));
      title = first.text();
    } else if (entry.body().isEmpty() && head.bullet()) {
      var m = NAME_SEPARATOR.matcher(title);
      if (m.matches() && WHITESPACE.split(m.group(1)).length <= 6) {
        title = Texts.clean(m.group(1));
        description = Texts.clean(m.group(2));
      }
    }
    if (url == null) {
      for (Link link : links) {
        if (link.url().startsWith("http") && title.contains(link.text())) {
          url = link.url();
          break;
        }
      }
    }
    List<String> roles = new ArrayList<>();
    var role = ROLE.matcher(title);
    if (role.matches()) {
      title = Texts.clean(role.group(1));
      roles.add(role.group(2));
    }
    title =
        TRAILING_COLON
            .matcher(TRAILING_ADDRESS.matcher(title).replaceAll(""))
            .replaceAll("")
            .strip();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    boolean paragraphItems =
        head.bullet()
            && !entry.body().isEmpty()
            && entry.body().stream().allMatch(l -> l.bullet() && l.listDepth() == head.listDepth());
    EntryBody body =
        paragraphItems
            // "- **Name**" then "- what it is": the same-depth items describe the project.
            ? new EntryBody(
                EntryBody.join(entry.body().stream().map(LineFeatures::text).toList()), List.of())
            : EntryBody.read(List.of(), entry.body(), period);
    if (description == null) {
      description = body.summary();
    }
    return Optional.of(
        new Project(
            title,
            description,
            body.highlights(),
            List.of(),
            period.start(),
            period.end(),
            url,
            roles,
            entry.group(),
            null));
  }
}
