package dev.vitae.extractor.section;

import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.normalize.LanguageNames;
import dev.vitae.extractor.normalize.StudyTypes;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Labels every line with a {@link SectionKind} (GROBID's segmentation cascade, by rules). A line
 * starts a section when it is a heading (by style, caps, weight or size, or a short line of known
 * words) whose words name a section; when it introduces a list with such words ("…open source
 * projects:"); or when it is an inline group ("Skills: Go, Java"). Headings of unknown words are
 * entry headers inside the current section unless they sit at the same level as the section
 * headings and nothing about them looks like an entry. Dated entry headers under the header or a
 * summary start an inferred work (or education) section, since many resumes list jobs without an
 * "Experience" heading.
 *
 * <p>Requires LAYOUT; provides SECTIONS. Every line belongs to exactly one section.
 */
public final class SectionSplitter implements Extractor {
  private static final Set<SectionKind> INLINE_KINDS =
      EnumSet.of(SectionKind.SKILLS, SectionKind.LANGUAGES, SectionKind.INTERESTS);
  private static final Set<SectionKind> ENTRY_KINDS =
      EnumSet.of(
          SectionKind.WORK,
          SectionKind.EDUCATION,
          SectionKind.PROJECTS,
          SectionKind.OPEN_SOURCE,
          SectionKind.VOLUNTEER);
  private static final Set<SectionKind> PREAMBLE =
      EnumSet.of(SectionKind.HEADER, SectionKind.SUMMARY, SectionKind.CONTACT);
  private static final Pattern ABOUT_X = Pattern.compile("(?i)^(?:about|关于)\\s*(.+)$");
  private static final Pattern TITLE =
      Pattern.compile("(?i)(?:resume|résumé|curriculum vitae|\\bcv\\b|简历|履历)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.。!！?？]$");
  private static final Pattern HAS_LIST_COMMA = Pattern.compile(".*[,，、].*");
  private static final Pattern TERM_SEPARATORS = Pattern.compile("\\s*[,，、;；/|•·]\\s*");
  private static final Pattern FROM_OPEN_PAREN = Pattern.compile("[(（].*$");
  private static final Pattern FROM_COLON_OR_DASH = Pattern.compile("[:：\\-–].*$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int OUTDENT_EMS = 3;
  private static final int OUTDENT_LINES = 2;
  private static final Pattern HAS_PHONE_NUMBER =
      Pattern.compile(".*\\d{3}[ .-]?\\d{3,4}[ .-]?\\d{4}.*");
  private static final int MAX_HEADING_WEIGHT = 40;

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.SECTIONS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    draft.setSections(split(draft.layout()));
  }

  /** Splits the lines into sections; public for tests and tools. */
  public static List<Section> split(DocumentLayout layout) {
    List<Section> out = new ArrayList<>();
    Open open = new Open(SectionKind.HEADER, null, -1, 0, 0);
    int n = layout.size();
    Emphasis sectionStyle = sectionHeadingStyle(layout);
    int outlineLevel = outlineLevel(layout);
    for (int i = 0; i < n; i++) {
      Optional<Open> next = startsSection(layout, i, open);
      if (next.isPresent()
          && (isEntrySubheading(layout, i, open, next.get(), sectionStyle)
              || isGroupHeading(layout, i, open, next.get(), outlineLevel))) {
        continue;
      }
      if (next.isEmpty()) {
        continue;
      }
      Open s = next.get();
      close(out, open, i);
      if (s.inline) {
        // A one-line group: the line is its own section, then the previous kind resumes.
        out.add(new Section(s.kind, null, -1, i, i + 1));
        open = new Open(open.kind, null, -1, i + 1, open.level);
        continue;
      }
      open = s;
    }
    close(out, open, n);
    return reclassifyByContent(layout, out);
  }

  /**
   * A work, education or projects section without a single date whose lines are mostly "Group: a,
   * b, c" lists holds skills, whatever its heading says ("Technical Experience").
   */
  private static List<Section> reclassifyByContent(DocumentLayout layout, List<Section> sections) {
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      if (s.kind() == SectionKind.WORK
          || s.kind() == SectionKind.EDUCATION
          || s.kind() == SectionKind.PROJECTS
          || s.kind() == SectionKind.OTHER) {
        List<LineFeatures> lines = layout.range(s.start(), s.end());
        long content = lines.stream().filter(l -> !l.isHeading() && !l.text().isEmpty()).count();
        long lists =
            lines.stream()
                .filter(
                    l ->
                        l.keyValue()
                            .map(kv -> HAS_LIST_COMMA.matcher(kv.value()).matches())
                            .orElse(false))
                .count();
        boolean dated = lines.stream().anyMatch(LineFeatures::hasDate);
        if (!dated && content > 0 && lists * 2 >= content) {
          out.add(
              new Section(SectionKind.SKILLS, s.heading(), s.headingLine(), s.start(), s.end()));
          continue;
        }
      }
      if (s.kind() == SectionKind.LANGUAGES
          && !namesSpokenLanguages(layout.range(s.start(), s.end()))) {
        // "Languages: C++, Java" or a bold "Programming Languages" group inside Skills.
        out.add(new Section(SectionKind.SKILLS, s.heading(), s.headingLine(), s.start(), s.end()));
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private static void close(List<Section> out, Open open, int end) {
    if (open.headingLine < 0
        && open.start >= end
        && !(out.isEmpty() && open.kind == SectionKind.HEADER)) {
      return;
    }
    int start = Math.min(open.start, end);
    out.add(new Section(open.kind, open.heading, open.headingLine, start, end));
  }

  private static Optional<Open> startsSection(DocumentLayout layout, int i, Open open) {
    LineFeatures lf = layout.get(i);
    String text = lf.text();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    boolean styled = lf.isHeading();
    boolean shortLine = lf.weightedLength() <= MAX_HEADING_WEIGHT && lf.words() <= 6;
    boolean emphasized =
        lf.allCaps()
            || lf.line().style().bold()
            || lf.line().style().relativeSize() >= 1.15f
            || isOutdented(layout, i);

    // 1. Headings whose words name a section.
    // A structural list item is never a heading; a glyph-led line may be ("— EDUCATION —").
    if (!lf.line().style().isListItem() && shortLine && !lf.hasDate()) {
      Optional<SectionKind> kind =
          styled || emphasized
              ? SectionVocabulary.findLoose(text)
              : SectionVocabulary.findExact(text);
      if (kind.isPresent()) {
        return Optional.of(new Open(kind.get(), text, i, i + 1, levelOf(lf)));
      }
    }
    if (styled && !lf.bullet()) {
      // "About xieydd", "Resume of X": a titled preamble.
      var about = ABOUT_X.matcher(text);
      if (about.matches() && PREAMBLE.contains(open.kind) && lf.words() <= 5) {
        return Optional.of(new Open(SectionKind.SUMMARY, text, i, i + 1, levelOf(lf)));
      }
      if (open.kind == SectionKind.HEADER && TITLE.matcher(text).find()) {
        return Optional.empty();
      }
    }
    // 2. A dated entry header before any work section: jobs listed without an "Experience" heading.
    if (PREAMBLE.contains(open.kind)
        && (styled || (!lf.bullet() && shortLine))
        && looksLikeDatedEntry(layout, i)) {
      SectionKind kind = isEducationHeader(text) ? SectionKind.EDUCATION : SectionKind.WORK;
      return Optional.of(new Open(kind, null, -1, i, 0));
    }
    // 3. An unknown heading at section level that is not an entry starts an OTHER section. In the
    // header, the first heading is the title ("# Jane Doe"); a later one at its level or below is
    // a section of its own.
    if (styled && open.kind == SectionKind.HEADER && open.level == 0) {
      open.level = lf.headingLevel();
      open.titleLine = i;
      return Optional.empty();
    }
    boolean sectionLevel =
        open.kind == SectionKind.HEADER
            ? lf.headingLevel() >= open.level
                && i > open.titleLine + 1
                && !contactFollows(layout, i)
            : lf.headingLevel() <= open.level;
    if (styled && open.level > 0 && sectionLevel && !looksLikeEntry(layout, i)) {
      return Optional.of(new Open(SectionKind.OTHER, text, i, i + 1, lf.headingLevel()));
    }
    // 4. A line that introduces a list with section words: "…contributing to open source
    // projects:".
    boolean introducesList =
        i + 1 < layout.size()
            && layout.get(i + 1).bullet()
            && (!lf.bullet() || layout.get(i + 1).listDepth() > lf.listDepth());
    if (!styled && (text.endsWith(":") || text.endsWith("：")) && introducesList) {
      Optional<SectionKind> kind =
          SectionVocabulary.findTrailing(text.substring(0, text.length() - 1));
      if (kind.isPresent() && kind.get() != open.kind && kind.get() != SectionKind.WORK) {
        return Optional.of(new Open(kind.get(), text, i, i + 1, 0));
      }
    }
    // 5. An inline group outside its own section: "Skill set: Go, Java, …".
    if (!lf.bullet() && !styled && !INLINE_KINDS.contains(open.kind)) {
      var kv = lf.keyValue();
      if (kv.isPresent() && !kv.get().value().isEmpty()) {
        Optional<SectionKind> kind = SectionVocabulary.findExact(kv.get().key());
        if (kind.isPresent() && INLINE_KINDS.contains(kind.get())) {
          Open s = new Open(kind.get(), null, -1, i, 0);
          s.inline = true;
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the line stands out left of the text it heads: a label in a column of labels beside the
   * body ({@code Professional Skills Summary} left of its skills). The next {@value #OUTDENT_LINES}
   * lines (those there are, in its column and page) start at least {@value #OUTDENT_EMS} font sizes
   * right of it, and the first is not a date: a title with its dates set flush right on the line
   * below is no label.
   */
  private static boolean isOutdented(DocumentLayout layout, int i) {
    var line = layout.get(i).line();
    if (line.style().fontSize() <= 0 || i + 1 >= layout.size() || layout.get(i + 1).hasDate()) {
      return false;
    }
    for (int k = i + 1; k < Math.min(layout.size(), i + 1 + OUTDENT_LINES); k++) {
      var next = layout.get(k).line();
      if (next.page() != line.page() || next.style().column() != line.style().column()) {
        return k > i + 1;
      }
      if (next.style().indent() - line.style().indent() < OUTDENT_EMS * line.style().fontSize()) {
        return false;
      }
    }
    return true;
  }

  /**
   * How the document sets its section headings: the style most of the lines named by the vocabulary
   * share, when at least two do; null when nothing stands out.
   */
  private static @Nullable Emphasis sectionHeadingStyle(DocumentLayout layout) {
    Map<Emphasis, Integer> counts = new HashMap<>();
    for (int i = 0; i < layout.size(); i++) {
      LineFeatures lf = layout.get(i);
      if (vocabularyHeading(lf).isPresent()) {
        counts.merge(Emphasis.of(lf), 1, Integer::sum);
      }
    }
    Emphasis best = null;
    int bestCount = 1;
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && best != null && e.getKey().strongerThan(best))) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Whether a line named by the vocabulary is a sub-heading inside an entry ("Responsibilities",
   * "Achievements", "Projects" under a job): inside a section of entries, below a dated line of
   * that section, set less prominently than the document's section headings, and opening a list
   * rather than an entry.
   */
  private static boolean isEntrySubheading(
      DocumentLayout layout, int i, Open open, Open next, @Nullable Emphasis sectionStyle) {
    if (sectionStyle == null
        || next.inline
        || next.headingLine != i
        || !ENTRY_KINDS.contains(open.kind)
        || !Emphasis.of(layout.get(i)).weakerThan(sectionStyle)) {
      return false;
    }
    boolean datedAbove = false;
    for (int j = Math.max(open.start, 0); j < i && !datedAbove; j++) {
      datedAbove = layout.get(j).hasDate();
    }
    if (!datedAbove) {
      return false;
    }
    for (int j = i + 1; j < layout.size(); j++) {
      LineFeatures lf = layout.get(j);
      if (!lf.text().isEmpty()) {
        return lf.bullet() && !looksLikeDatedEntry(layout, j);
      }
    }
    return false;
  }

  /**
   * The heading level most section words are set at, when it holds a clear majority of at least
   * three of them; 0 when the document has no such outline (plain text, or levels used loosely).
   */
  private static int outlineLevel(DocumentLayout layout) {
    Map<Integer, Integer> counts = new HashMap<>();
    int total = 0;
    for (int i = 0; i < layout.size(); i++) {
      LineFeatures lf = layout.get(i);
      if (lf.isHeading() && vocabularyHeading(lf).isPresent()) {
        counts.merge(lf.headingLevel(), 1, Integer::sum);
        total++;
      }
    }
    for (var e : counts.entrySet()) {
      if (e.getValue() >= 3 && e.getValue() * 2 > total) {
        return e.getKey();
      }
    }
    return 0;
  }

  /**
   * Whether a line named by the vocabulary is a group inside the section being read ("Teaching",
   * "Languages" as an h3 or a plain line under an h2 "Skills"): the document has an outline, the
   * section opened with a heading at its level, and the line is a heading of a deeper level or a
   * body line labelling a list of terms.
   */
  private static boolean isGroupHeading(
      DocumentLayout layout, int i, Open open, Open next, int outlineLevel) {
    LineFeatures lf = layout.get(i);
    return outlineLevel > 0
        && !next.inline
        && next.headingLine == i
        && open.headingLine >= 0
        && open.kind != SectionKind.OTHER
        && open.level == outlineLevel
        && (lf.isHeading()
            ? lf.headingLevel() > outlineLevel
            : !Emphasis.of(lf).emphasized() && labelsATermList(layout, i));
  }

  // The next line lists short terms ("Phonics, Early reading, SEND support"), as a group's do.
  private static boolean labelsATermList(DocumentLayout layout, int i) {
    for (int j = i + 1; j < layout.size(); j++) {
      LineFeatures next = layout.get(j);
      if (next.text().isEmpty()) {
        continue;
      }
      if (next.isHeading() || SENTENCE_END.matcher(next.text()).find()) {
        return false;
      }
      String[] terms = TERM_SEPARATORS.split(next.text());
      return terms.length >= 3
          && Arrays.stream(terms).allMatch(t -> WHITESPACE.split(t).length <= 4);
    }
    return false;
  }

  // The kind case 1 of startsSection gives a line, whatever section it is in.
  private static Optional<SectionKind> vocabularyHeading(LineFeatures lf) {
    String text = lf.text();
    if (text.isEmpty()
        || lf.line().style().isListItem()
        || lf.hasDate()
        || lf.weightedLength() > MAX_HEADING_WEIGHT
        || lf.words() > 6) {
      return Optional.empty();
    }
    return Emphasis.of(lf).emphasized()
        ? SectionVocabulary.findLoose(text)
        : SectionVocabulary.findExact(text);
  }

  private static int levelOf(LineFeatures lf) {
    return lf.isHeading() ? lf.headingLevel() : 0;
  }

  /** A line with a period, or followed within two lines by a line that starts with a date. */
  static boolean looksLikeDatedEntry(DocumentLayout layout, int i) {
    LineFeatures lf = layout.get(i);
    if (lf.bullet()) {
      return false;
    }
    if (lf.hasDate()) {
      var d = lf.dates().get(0);
      boolean period = !d.isSingle();
      return (period || lf.leadingDate().isPresent()) && lf.words() <= 16;
    }
    return false;
  }

  /** Whether most terms of a languages section are names of spoken languages. */
  private static boolean namesSpokenLanguages(List<LineFeatures> lines) {
    int terms = 0;
    int spoken = 0;
    for (LineFeatures lf : lines) {
      String text =
          lf.keyValue()
              .map(kv -> LanguageNames.isLanguageName(kv.key()) ? lf.text() : kv.value())
              .orElse(lf.text());
      for (String term : TERM_SEPARATORS.split(text)) {
        String t =
            FROM_COLON_OR_DASH
                .matcher(FROM_OPEN_PAREN.matcher(term).replaceAll(""))
                .replaceAll("")
                .strip();
        if (t.isEmpty()) {
          continue;
        }
        terms++;
        if (LanguageNames.isLanguageName(t)
            || LanguageNames.findEnglishName(WHITESPACE.split(t)[0]).isPresent()) {
          spoken++;
        }
      }
    }
    return terms == 0 || spoken * 2 >= terms;
  }

  /** Whether an email, a link or a phone-like number follows within three lines: a header block. */
  private static boolean contactFollows(DocumentLayout layout, int i) {
    for (int j = i + 1; j < Math.min(layout.size(), i + 4); j++) {
      String t = layout.get(j).text();
      if (t.contains("@")
          || t.contains("http")
          || t.contains("www.")
          || HAS_PHONE_NUMBER.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an unknown heading reads as an entry (job, school, project) rather than a section. */
  static boolean looksLikeEntry(DocumentLayout layout, int i) {
    LineFeatures lf = layout.get(i);
    String text = lf.text();
    if (lf.hasDate()
        || Vocabulary.hasOrgWord(text)
        || Vocabulary.hasTitleWord(text)
        || Vocabulary.hasSchoolWord(text)) {
      return true;
    }
    for (int j = i + 1; j < Math.min(layout.size(), i + 3); j++) {
      LineFeatures next = layout.get(j);
      if (next.isHeading()) {
        return next.leadingDate().isPresent();
      }
      if (next.leadingDate().isPresent() || next.dateOnly()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEducationHeader(String text) {
    return Vocabulary.hasSchoolWord(text) || StudyTypes.find(text).isPresent();
  }

  /**
   * How prominently a line is set: its heading level (0 when it is not a heading; 1 is the most
   * prominent), capitals, weight and size.
   */
  private record Emphasis(int level, boolean caps, boolean bold, boolean large) {
    static Emphasis of(LineFeatures lf) {
      return new Emphasis(
          lf.isHeading() ? lf.headingLevel() : 0,
          lf.allCaps(),
          lf.line().style().bold(),
          lf.line().style().relativeSize() >= 1.15f);
    }

    boolean emphasized() {
      return level > 0 || caps || bold || large;
    }

    // Capitals count twice: a plain-text resume sets its headings by them alone.
    private int marks() {
      return (caps ? 2 : 0) + (bold ? 1 : 0) + (large ? 1 : 0);
    }

    boolean weakerThan(Emphasis section) {
      if (section.level > 0) {
        return level == 0 ? !caps || section.caps : level > section.level;
      }
      return level == 0 && marks() < section.marks();
    }

    boolean strongerThan(Emphasis other) {
      if (level != other.level) {
        return other.level == 0 || (level > 0 && level < other.level);
      }
      return marks() > other.marks();
    }
  }

  /** A section being read. */
  private static final class Open {
    final SectionKind kind;
    final @Nullable String heading;
    final int headingLine;
    final int start;
    int level;
    int titleLine = -1;
    boolean inline;

    Open(SectionKind kind, @Nullable String heading, int headingLine, int start, int level) {
      this.kind = kind;
      this.heading = heading;
      this.headingLine = headingLine;
      this.start = start;
      this.level = level;
    }
  }
}
