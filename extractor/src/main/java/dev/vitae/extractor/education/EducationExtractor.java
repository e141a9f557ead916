package dev.vitae.extractor.education;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.Entry;
import dev.vitae.extractor.entry.EntrySplitter;
import dev.vitae.extractor.entry.HeaderParts;
import dev.vitae.extractor.entry.Period;
import dev.vitae.extractor.entry.ShortHistory;
import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.layout.Places;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.normalize.StudyType;
import dev.vitae.extractor.normalize.StudyTypes;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.extractor.section.SectionVocabulary;
import dev.vitae.parser.TextDocument;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads education sections: institution (by school words), degree normalized to the contract's
 * study types with the field of study cut from it ("M.S. in X"), dates, score and courses; plus a
 * lone "Education: Associate Degree" / "学历：大专" line in the header or contact details when no entry
 * states that degree.
 *
 * <p>Requires LAYOUT and SECTIONS; provides EDUCATION.
 */
public final class EducationExtractor implements Extractor {
  enum Field {
    AREA,
    DEGREE,
    SCORE,
    COURSES,
    INSTITUTION
  }

  private static final Map<String, Field> KEYS =
      Map.ofEntries(
          Map.entry("major", Field.AREA),
          Map.entry("field", Field.AREA),
          Map.entry("field of study", Field.AREA),
          Map.entry("专业", Field.AREA),
          Map.entry("所学专业", Field.AREA),
          Map.entry("degree", Field.DEGREE),
          Map.entry("学历", Field.DEGREE),
          Map.entry("学位", Field.DEGREE),
          Map.entry("education", Field.DEGREE),
          Map.entry("highest degree", Field.DEGREE),
          Map.entry("gpa", Field.SCORE),
          Map.entry("score", Field.SCORE),
          Map.entry("grade", Field.SCORE),
          Map.entry("成绩", Field.SCORE),
          Map.entry("绩点", Field.SCORE),
          Map.entry("排名", Field.SCORE),
          Map.entry("courses", Field.COURSES),
          Map.entry("coursework", Field.COURSES),
          Map.entry("relevant coursework", Field.COURSES),
          Map.entry("主修课程", Field.COURSES),
          Map.entry("相关课程", Field.COURSES),
          Map.entry("课程", Field.COURSES),
          Map.entry("school", Field.INSTITUTION),
          Map.entry("university", Field.INSTITUTION),
          Map.entry("学校", Field.INSTITUTION),
          Map.entry("毕业院校", Field.INSTITUTION));
  private static final Pattern GPA =
      Pattern.compile("(?i)\\b(?:gpa|cgpa)\\b\\s*[:：]?\\s*([0-9.]+\\s*(?:/\\s*[0-9.]+)?)");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern AREA_SUFFIX =
      Pattern.compile("(?<=\\p{IsHan})专业$|^(?:major|majoring)\\s+in\\s+", Pattern.CASE_INSENSITIVE);
  // "Engineering degree", "Erasmus student exchange": a kind of study with no field in it
  private static final Pattern NOT_A_FIELD =
      Pattern.compile(
          "(?i)\\b(?:degree|diploma|course|exchange|programme|program|semester|student|studies)\\b|学位|课程|交换");
  // "Specialization in X", "Major in X", "Concentration in X": the field of study
  private static final Pattern FIELD_PHRASE =
      Pattern.compile(
          "(?i)^(?:specialization|specialisation|major|concentration|majoring|focus)\\s+(?:in|on)\\s+(.+?)\\.?$");
  private static final Pattern SCORE_WORDS =
      Pattern.compile("(?i)\\b(?:gpa|cgpa|rank)\\b|绩点|排名|成绩|均分");
  private static final Pattern CONNECTORS =
      Pattern.compile(
          "(?i)^(?:\\s|in\\b|of\\b|degree\\b|students?\\b|candidate\\b|,|:|：|-|–)+|(?:\\s|,|degree\\b|-|–)+$");
  private static final Pattern EXPECTED_OR_PRESENT =
      Pattern.compile("(?i).*\\b(?:expected|present)\\b.*");
  private static final Pattern COURSE_SEPARATORS = Pattern.compile("\\s*[,，、;；]\\s*");
  private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s*[(（][^)）]*[)）]$");
  private static final Pattern TRAILING_ASIDE_AND_SPACES =
      Pattern.compile("\\s*[(（][^)）]*[)）]\\s*$");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.EDUCATION);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections(SectionKind.EDUCATION)) {
      List<LineFeatures> lines = layout.range(section.start(), section.end());
      long schoolLines =
          lines.stream()
              .filter(
                  l ->
                      !l.isHeading()
                          && Vocabulary.hasSchoolWord(l.text())
                          && (l.words() <= 20 || l.hasDate()))
              .count();
      boolean datesApart = lines.stream().anyMatch(LineFeatures::dateOnly);
      List<Entry> entries =
          lines.stream().noneMatch(LineFeatures::isHeading) && schoolLines >= 2 && !datesApart
              // one school per line ("学士，某大学，…，2012.9~2016"): each line is an entry
              ? lineEntries(lines)
              : EntrySplitter.split(lines, EntrySplitter.UndatedHeadings.ENTRIES);
      if (entries.isEmpty()) {
        entries = lineEntries(lines);
      }
      for (Entry entry : entries) {
        read(entry)
            .ifPresent(
                e -> draft.education().add(new Drafted<>(e, entry.firstLine(), entry.lastLine())));
      }
    }
    for (ShortHistory.Row row : ShortHistory.rows(draft, false)) {
      fromRow(row).ifPresent(e -> draft.education().add(Drafted.at(e, row.line().index())));
    }
    degreeInPreamble(draft);
  }

  /**
   * Without dates or headings, each line naming a school starts an entry (or, when no line names a
   * school, each line naming a degree); the lines under it belong to it.
   */
  private static List<Entry> lineEntries(List<LineFeatures> lines) {
    List<Entry> out = new ArrayList<>();
    boolean schools = lines.stream().anyMatch(l -> Vocabulary.hasSchoolWord(l.text()));
    int top = EntrySplitter.topListDepth(lines, 0);
    for (LineFeatures lf : lines) {
      boolean nested = lf.bullet() && lf.listDepth() > top;
      boolean starts =
          !nested
              && (schools
                  ? Vocabulary.hasSchoolWord(lf.text()) && (lf.words() <= 20 || lf.hasDate())
                  : StudyTypes.find(lf.text()).isPresent());
      if (starts) {
        out.add(new Entry(null, List.of(lf), List.of()));
      } else if (!out.isEmpty()) {
        Entry last = out.remove(out.size() - 1);
        List<LineFeatures> body = new ArrayList<>(last.body());
        body.add(lf);
        out.add(new Entry(null, last.header(), body));
      }
    }
    return out;
  }

  static Optional<Education> read(Entry entry) {
    Period period = Period.of(entry);
    if (period.start() == null) {
      period = Period.anywhere(entry);
    }
    List<String> texts = new ArrayList<>();
    List<LineFeatures> naming = new ArrayList<>(entry.header());
    // "### School" then "Master of Science in X, 2018 - 2020": the first plain body lines name it
    // too.
    for (LineFeatures lf : entry.body().subList(0, Math.min(2, entry.body().size()))) {
      if (!lf.bullet()
          && lf.keyValue().isEmpty()
          && lf.words() <= 14
          && !FIELD_PHRASE.matcher(lf.text()).find()) {
        naming.add(lf);
      }
    }
    for (LineFeatures lf : naming) {
      String t =
          period.consumedLines().contains(lf.index())
              ? lf.textAfterLeadingDate()
              : lf.textWithoutDates();
      if (!t.isBlank()) {
        texts.add(t);
      }
    }
    String institution = null;
    String area = null;
    String studyType = null;
    String score = null;
    List<String> courses = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String text : texts) {
      for (String part : splitParts(text)) {
        part = Texts.clean(part);
        if (part.isEmpty()) {
          continue;
        }
        var gpa = GPA.matcher(part);
        if (gpa.find()) {
          score = score == null ? Texts.clean(gpa.group(1)) : score;
          part = Texts.clean(part.substring(0, gpa.start()) + part.substring(gpa.end()));
          if (part.isEmpty()) {
            continue;
          }
        }
        var degree = StudyTypes.find(part);
        if (degree.isPresent()
            && degree.get().type() == StudyType.HIGH_SCHOOL
            && institution == null
            && Texts.clean(part).length() > degree.get().to() - degree.get().from()) {
          // "North High School" names the school and the level at once
          institution = part;
          studyType = studyType == null ? StudyType.HIGH_SCHOOL.label() : studyType;
          continue;
        }
        if (Vocabulary.hasSchoolWord(part) && degree.isEmpty()) {
          if (institution == null) {
            institution = part;
          } // a second school word names the faculty ("电子信息学院"), which has no field
        } else if (degree.isPresent()) {
          studyType = studyType == null ? degree.get().type().label() : studyType;
          String rest =
              Texts.clean(
                  part.substring(0, degree.get().from()) + " " + part.substring(degree.get().to()));
          rest = Texts.clean(CONNECTORS.matcher(rest).replaceAll(""));
          if (Vocabulary.hasSchoolWord(rest) && institution == null) {
            institution = rest;
          } else if (!rest.isEmpty() && area == null) {
            area = rest;
          }
        } else if (!Places.isPlace(part) && !STATE_CODE.matcher(part).matches()) {
          others.add(part); // a two-letter code ("CA" of "San Jose, CA") names a place, not a field
        }
      }
    }
    if (institution == null) {
      // No school word ("Télécom Saint-Étienne"): the part that is a link names the school.
      for (LineFeatures lf : naming) {
        for (var link : lf.line().links()) {
          String text = Normalizer.normalize(link.text().strip(), Form.NFC);
          String linked =
              others.stream()
                  .filter(
                      o -> !text.isEmpty() && Normalizer.normalize(o, Form.NFC).startsWith(text))
                  .findFirst()
                  .orElse(null);
          if (linked != null && institution == null) {
            institution = linked;
            others.remove(linked);
          }
        }
      }
    }
    for (String o : others) {
      if (area == null
          && !EXPECTED_OR_PRESENT.matcher(o).matches()
          && !NOT_A_FIELD.matcher(o).find()) {
        area = o;
      }
    }
    for (LineFeatures lf : entry.body()) {
      var focus = FIELD_PHRASE.matcher(lf.text());
      if (area == null && focus.find()) {
        area = Texts.clean(focus.group(1));
        continue;
      }
      var kv = lf.keyValue();
      Field field = kv.map(k -> KEYS.get(SectionVocabulary.normalize(k.key()))).orElse(null);
      if (field == null || kv.get().value().isEmpty()) {
        var gpa = GPA.matcher(lf.text());
        if (gpa.find() && score == null) {
          score = Texts.clean(gpa.group(1));
        }
        continue;
      }
      String value = kv.get().value();
      switch (field) {
        case AREA -> area = area == null ? value : area;
        case DEGREE ->
            studyType =
                studyType == null
                    ? StudyTypes.find(value).map(m -> m.type().label()).orElse(null)
                    : studyType;
        case SCORE -> score = score == null ? value : score;
        case COURSES -> courses.addAll(List.of(COURSE_SEPARATORS.split(value)));
        case INSTITUTION -> institution = institution == null ? value : institution;
      }
    }
    if (area != null) {
      area =
          Texts.cleanOrNull(
              TRAILING_ASIDE.matcher(AREA_SUFFIX.matcher(area).replaceAll("")).replaceFirst(""));
    }
    if (institution == null && !entry.header().isEmpty() && entry.header().get(0).isHeading()) {
      // The heading of an education entry names the school, school word or not ("La Martiniere").
      String heading = Texts.clean(entry.header().get(0).textWithoutDates());
      if (StudyTypes.find(heading).isEmpty() && !heading.isEmpty()) {
        institution = heading;
        if (heading.equals(area)) {
          area = null;
        }
      }
    }
    if (institution == null && area == null && studyType == null) {
      return Optional.empty();
    }
    // One date on a course of study marks its end ("Expected May 2018", "Dec 2014"), not its start.
    PartialDate start = period.start();
    PartialDate end = period.end();
    if (end == null && !period.ongoing()) {
      end = start;
      start = null;
    }
    return Optional.of(
        new Education(
            institution,
            null,
            area,
            studyType,
            start,
            end,
            score,
            courses.stream().map(Texts::clean).filter(c -> !c.isEmpty()).toList()));
  }

  private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*[(（]([^()（）]+)[)）]$");

  /**
   * Header parts in reading order, split as entry headers are (never inside parentheses), with a
   * trailing place in parentheses dropped ("Some College (Lowell, MA)").
   */
  private static List<String> splitParts(String text) {
    List<String> parts = new ArrayList<>();
    for (String piece : HeaderParts.splitParts(text)) {
      String p = piece.strip();
      var place = TRAILING_PARENS.matcher(p);
      if (place.find()
          && (Places.isPlace(place.group(1)) || Places.isCountryCode(place.group(1)))) {
        p = p.substring(0, place.start()).strip();
      }
      if (!p.isBlank()) {
        parts.add(p);
      }
    }
    return parts;
  }

  /**
   * A header row naming a school and a degree ("某大学（本科） | 计算机技术 | 硕士 | GPA 3.8"): the degree part
   * gives the study type, a plain part the field (else what the degree part leaves), a part with
   * ranking words the score.
   */
  static Optional<Education> fromRow(ShortHistory.Row row) {
    String school = null;
    StudyTypes.Match degree = null;
    String degreePart = null;
    String area = null;
    String score = null;
    StudyTypes.Match schoolDegree = null;
    for (String part : row.parts()) {
      var d = StudyTypes.find(part);
      if (school == null && Vocabulary.hasSchoolWord(part)) {
        // "某大学（本科）": the school, with the degree it names in passing as a fallback.
        school = Texts.clean(TRAILING_ASIDE_AND_SPACES.matcher(part).replaceFirst(""));
        schoolDegree = d.orElse(null);
      } else if (degree == null && d.isPresent() && !Vocabulary.hasTitleWord(part)) {
        degree = d.get();
        degreePart = part;
      } else if (score == null && SCORE_WORDS.matcher(part).find()) {
        score = Texts.clean(part);
      } else if (area == null && !Vocabulary.hasTitleWord(part) && !Places.isPlace(part)) {
        area = Texts.clean(part);
      }
    }
    if (degree == null) {
      degree = schoolDegree;
    }
    if (school == null || degree == null) {
      return Optional.empty();
    }
    if (area == null && degreePart != null) {
      area =
          Texts.cleanOrNull(
              CONNECTORS
                  .matcher(
                      degreePart.substring(0, degree.from())
                          + " "
                          + degreePart.substring(degree.to()))
                  .replaceAll(""));
    }
    return Optional.of(
        new Education(
            school, null, area, degree.type().label(), row.start(), row.end(), score, List.of()));
  }

  /** "Education: Associate Degree" in the header: an entry with just the degree. */
  private static void degreeInPreamble(ResumeDraft draft) {
    DocumentLayout layout = draft.layout();
    for (Section section : draft.sections()) {
      if (section.kind() != SectionKind.HEADER
          && section.kind() != SectionKind.CONTACT
          && section.kind() != SectionKind.SUMMARY) {
        continue;
      }
      for (LineFeatures lf : layout.range(section.start(), section.end())) {
        var kv = lf.keyValue();
        if (kv.isEmpty() || KEYS.get(SectionVocabulary.normalize(kv.get().key())) != Field.DEGREE) {
          continue;
        }
        var degree = StudyTypes.find(kv.get().value());
        if (degree.isEmpty()) {
          continue;
        }
        String label = degree.get().type().label();
        boolean known =
            draft.education().stream().anyMatch(e -> label.equals(e.value().studyType()));
        if (!known) {
          draft
              .education()
              .add(
                  Drafted.at(
                      new Education(null, null, null, label, null, null, null, List.of()),
                      lf.index()));
        }
      }
    }
  }
}
