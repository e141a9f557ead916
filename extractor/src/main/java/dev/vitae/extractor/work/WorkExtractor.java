package dev.vitae.extractor.work;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.Entry;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.entry.EntrySplitter;
import dev.vitae.extractor.entry.HeaderParts;
import dev.vitae.extractor.entry.Period;
import dev.vitae.extractor.entry.ShortHistory;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Places;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.model.Work;
import dev.vitae.extractor.normalize.DateRange;
import dev.vitae.extractor.normalize.DateRanges;
import dev.vitae.extractor.normalize.StudyTypes;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.extractor.section.SectionVocabulary;
import dev.vitae.parser.Link;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads work sections into one {@link Work} per employer period: employer, position, location and
 * dates from the entry header (in any of the common orders, or from labelled lines such as
 * "Position:" / "职位："), the prose under the header as summary and the bullets as highlights.
 *
 * <p>Requires LAYOUT and SECTIONS; provides WORK.
 */
public final class WorkExtractor implements Extractor {
  enum Field {
    DATES,
    POSITION,
    SUMMARY,
    EMPLOYER,
    LOCATION
  }

  private static final Map<String, Field> KEYS =
      Map.ofEntries(
          Map.entry("duration", Field.DATES),
          Map.entry("period", Field.DATES),
          Map.entry("time", Field.DATES),
          Map.entry("date", Field.DATES),
          Map.entry("dates", Field.DATES),
          Map.entry("时间", Field.DATES),
          Map.entry("任职时间", Field.DATES),
          Map.entry("工作时间", Field.DATES),
          Map.entry("在职时间", Field.DATES),
          Map.entry("起止时间", Field.DATES),
          Map.entry("position", Field.POSITION),
          Map.entry("title", Field.POSITION),
          Map.entry("role", Field.POSITION),
          Map.entry("job title", Field.POSITION),
          Map.entry("职位", Field.POSITION),
          Map.entry("岗位", Field.POSITION),
          Map.entry("职务", Field.POSITION),
          Map.entry("responsibilities", Field.SUMMARY),
          Map.entry("responsibility", Field.SUMMARY),
          Map.entry("description", Field.SUMMARY),
          Map.entry("duties", Field.SUMMARY),
          Map.entry("职责", Field.SUMMARY),
          Map.entry("工作内容", Field.SUMMARY),
          Map.entry("工作职责", Field.SUMMARY),
          Map.entry("工作描述", Field.SUMMARY),
          Map.entry("主要职责", Field.SUMMARY),
          Map.entry("company", Field.EMPLOYER),
          Map.entry("employer", Field.EMPLOYER),
          Map.entry("organization", Field.EMPLOYER),
          Map.entry("公司", Field.EMPLOYER),
          Map.entry("单位", Field.EMPLOYER),
          Map.entry("公司名称", Field.EMPLOYER),
          Map.entry("location", Field.LOCATION),
          Map.entry("city", Field.LOCATION),
          Map.entry("地点", Field.LOCATION),
          Map.entry("城市", Field.LOCATION),
          Map.entry("工作地点", Field.LOCATION));

  private static final Pattern DATE_LABEL =
      Pattern.compile("(?i)(?:\\b(?:dates?|period|duration|time)|时间|日期)\\s*[:：]\\s*");
  private static final Pattern LOCATION_LABEL =
      Pattern.compile("(?i)(?:\\b(?:location|place|city)|地点|城市)\\s*[:：]\\s*(.+)$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.。!！;；]$");
  private static final Pattern COMMAS = Pattern.compile("\\s*[,，、]\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PLACE_JOINERS = Pattern.compile("\\s+(?:&|/|and)\\s+");
  private static final Pattern PLACE_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}|\\p{IsHan}{2,6}");
  private static final Pattern SPACED_BAR = Pattern.compile("\\s+[|｜]\\s+");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.WORK);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (ShortHistory.Row row : ShortHistory.rows(draft)) {
      List<String> parts =
          row.parts().stream()
              .filter(p -> StudyTypes.find(p).isEmpty() || Vocabulary.hasTitleWord(p))
              .toList();
      HeaderParts hp = HeaderParts.parse(parts, row.line().line().links());
      if (hp.organization() != null && hp.title() != null) {
        draft
            .work()
            .add(
                Drafted.at(
                    new Work(
                        hp.organization(),
                        hp.location(),
                        null,
                        hp.title(),
                        null,
                        row.start(),
                        row.end(),
                        null,
                        List.of()),
                    row.line().index()));
      }
    }
    for (Section section : draft.sections(SectionKind.WORK)) {
      List<LineFeatures> lines = layout.range(section.start(), section.end());
      List<Drafted<Work>> works = new ArrayList<>();
      List<String> headers = new ArrayList<>();
      for (Entry e :
          EntrySplitter.split(lines, EntrySplitter.UndatedHeadings.BODY_UNLESS_ENTRY_LIKE)) {
        for (Entry entry : splitRoles(e.withDateLinesInHeader())) {
          Optional<Work> work = read(entry);
          if (work.isPresent()) {
            works.add(new Drafted<>(work.get(), entry.firstLine(), entry.lastLine()));
            headers.add(String.join(" ", entry.header().stream().map(LineFeatures::text).toList()));
          }
        }
      }
      draft.work().addAll(followSectionOrder(works, headers));
    }
    if (draft.work().isEmpty()) {
      draft.warn("no work section found");
    }
  }

  /**
   * The entries of one section set their headers alike: where both parts of a header have a job
   * title's words ("Indiana State Chemist | Software Engineering Intern"), the order the section's
   * unambiguous headers agree on (employer first, or title first) decides which part is which.
   */
  static List<Drafted<Work>> followSectionOrder(List<Drafted<Work>> works, List<String> headers) {
    int titleFirst = 0;
    int employerFirst = 0;
    for (int i = 0; i < works.size(); i++) {
      Work w = works.get(i).value();
      Boolean order = titleFirst(w, headers.get(i));
      if (order != null && !ambiguous(w)) {
        if (order) {
          titleFirst++;
        } else {
          employerFirst++;
        }
      }
    }
    // Two agreeing headers and none against: a habit of the document, not a coincidence.
    boolean wantTitleFirst = titleFirst >= 2 && employerFirst == 0;
    boolean wantEmployerFirst = employerFirst >= 2 && titleFirst == 0;
    if (!wantTitleFirst && !wantEmployerFirst) {
      return works;
    }
    List<Drafted<Work>> out = new ArrayList<>(works.size());
    for (int i = 0; i < works.size(); i++) {
      Drafted<Work> d = works.get(i);
      Work w = d.value();
      Boolean order = titleFirst(w, headers.get(i));
      if (order != null
          && ambiguous(w)
          && order != wantTitleFirst
          && w.description() == null
          && w.url() == null) {
        w =
            new Work(
                w.position(),
                w.location(),
                null,
                w.name(),
                null,
                w.startDate(),
                w.endDate(),
                w.summary(),
                w.highlights());
        d = new Drafted<>(w, d.firstLine(), d.lastLine());
      }
      out.add(d);
    }
    return out;
  }

  private static boolean ambiguous(Work w) {
    return w.name() != null
        && w.position() != null
        && Vocabulary.hasTitleWord(w.name())
        && Vocabulary.hasTitleWord(w.position());
  }

  // Whether the header names the title before the employer; null when it does not hold both.
  private static @Nullable Boolean titleFirst(Work w, String header) {
    if (w.name() == null || w.position() == null) {
      return null;
    }
    int name = header.indexOf(w.name());
    int position = header.indexOf(w.position());
    if (name < 0 || position < 0 || name == position) {
      return null;
    }
    return position < name;
  }

  /**
   * Several roles under one employer heading: a later short plain line with its own period ("Senior
   * Engineer; 2013 - 2014") starts another entry that shares the heading.
   */
  public static List<Entry> splitRoles(Entry entry) {
    boolean headerHasRange = entry.header().stream().anyMatch(WorkExtractor::hasRange);
    if (!headerHasRange) {
      return List.of(entry);
    }
    List<LineFeatures> base = entry.header().stream().filter(l -> !hasRange(l)).toList();
    if (base.isEmpty()) {
      return List.of(entry);
    }
    List<Entry> out = new ArrayList<>();
    List<LineFeatures> header = entry.header();
    List<LineFeatures> body = new ArrayList<>();
    for (LineFeatures lf : entry.body()) {
      boolean role =
          !lf.bullet()
              && !lf.isHeading()
              && hasRange(lf)
              && lf.words() <= 12
              && lf.keyValue().isEmpty()
              && !body.isEmpty();
      if (role) {
        out.add(new Entry(entry.group(), header, body));
        header = new ArrayList<>(base);
        header.add(lf);
        body = new ArrayList<>();
      } else {
        body.add(lf);
      }
    }
    out.add(new Entry(entry.group(), header, body));
    return out;
  }

  /** "React.js, PHP, Redis": short terms separated by commas, which work has no field for. */
  private static boolean isTermList(String text) {
    String[] terms = COMMAS.split(text);
    return terms.length >= 2
        && Arrays.stream(terms).allMatch(t -> !t.isBlank() && WHITESPACE.split(t).length <= 3);
  }

  /** One place, or several joined by "&" or "/" ("Palo Alto, CA & Ithaca, NY"). */
  private static boolean isPlaces(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (String part : PLACE_JOINERS.split(text)) {
      if (!Places.isPlace(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasRange(LineFeatures lf) {
    return lf.dates().stream().anyMatch(d -> !d.isSingle());
  }

  /**
   * The title on the first line under an employer heading that named none ("星河科技（2019 – 至今）" then
   * "后端工程师"): a short plain line with a title word and no sentence end, removed from the lines; or
   * null.
   */
  static @Nullable String takeTitleLine(List<LineFeatures> body) {
    for (int i = 0; i < body.size(); i++) {
      LineFeatures lf = body.get(i);
      String t = Texts.clean(lf.textWithoutDates());
      if (t.isEmpty()) {
        continue;
      }
      boolean shortLine = lf.weightedLength() <= 24 && lf.words() <= 6;
      if (lf.bullet()
          || !shortLine
          || lf.keyValue().isPresent()
          || SENTENCE_END.matcher(t).find()
          || EntryBody.isLabel(t)
          || !Vocabulary.hasTitleWord(t)) {
        return null;
      }
      body.remove(i);
      return t;
    }
    return null;
  }

  /**
   * The employer on the first line under a title heading that named none ("### Class Teacher" then
   * "Meadow Park Primary School"): a short plain line with an organization or school word, no title
   * word and no sentence end, removed from the lines; or null.
   */
  static @Nullable String takeEmployerLine(List<LineFeatures> body) {
    if (body.isEmpty()) {
      return null;
    }
    LineFeatures lf = body.get(0);
    String t = Texts.clean(lf.textWithoutDates());
    boolean shortLine = lf.weightedLength() <= 48 && lf.words() <= 8;
    if (t.isEmpty()
        || lf.bullet()
        || lf.isHeading()
        || !shortLine
        || lf.keyValue().isPresent()
        || SENTENCE_END.matcher(t).find()
        || EntryBody.isLabel(t)
        || Vocabulary.hasTitleWord(t)
        || !(Vocabulary.hasOrgWord(t) || Vocabulary.hasSchoolWord(t))) {
      return null;
    }
    body.remove(0);
    return t;
  }

  /**
   * A short capitalized name of one to three words, without an organization, school or title word,
   * digits or punctuation but a comma: it may name a place as well as an employer.
   */
  static boolean looksLikePlaceName(@Nullable String text) {
    if (text == null || Vocabulary.hasOrgWord(text) || Vocabulary.hasSchoolWord(text)) {
      return false;
    }
    if (Vocabulary.hasTitleWord(text) || !PLACE_NAME.matcher(text).matches()) {
      return false;
    }
    return WHITESPACE.split(text).length <= 3;
  }

  /** One work entry, or empty when the entry names nothing. */
  public static Optional<Work> read(Entry entry) {
    Period period = Period.of(entry);
    List<String> names = new ArrayList<>();
    List<String> front = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    boolean named = false;
    String labelledLocation = null;
    for (LineFeatures lf : entry.header()) {
      links.addAll(lf.line().links());
      if (named && lf.leadingDate().isPresent()) {
        // "May 2017 – Aug 2017 | Mountain View, CA | React.js, PHP": a place, then a tech list
        for (String piece : SPACED_BAR.split(Texts.clean(lf.textAfterLeadingDate()))) {
          if (piece.isBlank()) {
            continue;
          }
          if (isPlaces(piece) && labelledLocation == null) {
            labelledLocation = piece;
          } else if (!isTermList(piece)) {
            front.add(piece);
          }
        }
        continue;
      }
      String t = lf.textWithoutDates();
      var place = LOCATION_LABEL.matcher(t);
      if (place.find()) {
        labelledLocation =
            labelledLocation == null ? Texts.clean(place.group(1)) : labelledLocation;
        t = t.substring(0, place.start());
      }
      t = Texts.clean(DATE_LABEL.matcher(t).replaceAll(" "));
      if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        names.add(t);
        named = true;
      }
    }
    HeaderParts parts = HeaderParts.parse(names, links);
    String employer = parts.organization();
    String position = parts.title();
    String location = labelledLocation != null ? labelledLocation : parts.location();
    PartialDate start = period.start();
    PartialDate end = period.end();
    List<String> summaryLines = new ArrayList<>();
    List<LineFeatures> rest = new ArrayList<>();
    boolean labelled = false;
    for (LineFeatures lf : entry.body()) {
      Optional<LineFeatures.KeyValue> kv = lf.keyValue();
      Field field = kv.map(k -> KEYS.get(SectionVocabulary.normalize(k.key()))).orElse(null);
      if (field == null || kv.get().value().isEmpty()) {
        rest.add(lf);
        continue;
      }
      labelled = true;
      String value = kv.get().value();
      switch (field) {
        case DATES -> {
          Optional<DateRange> d = DateRanges.find(value);
          if (d.isPresent() && start == null) {
            start = d.get().start();
            end = d.get().end();
          }
        }
        case POSITION -> position = position == null ? value : position;
        case SUMMARY -> summaryLines.add(value);
        case EMPLOYER -> employer = employer == null ? value : employer;
        case LOCATION -> location = location == null ? value : location;
      }
    }
    if (position == null && employer != null) {
      // A header of unknown words over an organization line ("Line Cook" then "Harbour Bistro Ltd")
      // names the title.
      String organization =
          Vocabulary.hasOrgWord(employer) || Vocabulary.hasSchoolWord(employer)
              ? null
              : takeEmployerLine(rest);
      if (organization != null) {
        position = employer;
        employer = organization;
      } else {
        position = takeTitleLine(rest);
      }
    } else if (employer == null && position != null) {
      employer = takeEmployerLine(rest);
    } else if (location == null && looksLikePlaceName(employer)) {
      // "Leeds" beside the dates, the title, then "Meanwood Park Primary School": the line that
      // names an organization is the employer, the bare name beside the dates its place.
      String organization = takeEmployerLine(rest);
      if (organization != null) {
        location = employer;
        employer = organization;
      }
    }
    EntryBody body;
    if (labelled) {
      // Labelled entries: every line that is not a known field is a highlight, label kept.
      List<String> highlights = new ArrayList<>();
      for (LineFeatures lf : rest) {
        String t = Texts.clean(period.strip(lf));
        if (!t.isEmpty()) {
          highlights.add(t);
        }
      }
      summaryLines.addAll(0, front);
      body = new EntryBody(EntryBody.join(summaryLines), highlights);
    } else {
      body = EntryBody.read(front, rest, period);
    }
    if (employer == null && position == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Work(
            employer,
            location,
            parts.note(),
            position,
            parts.url(),
            start,
            end,
            body.summary(),
            body.highlights()));
  }
}
