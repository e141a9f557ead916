package dev.vitae.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.extractor.layout.LayoutStage;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.normalize.ResumeNormalizer;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.TextDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every kind of section the splitter can name is read by some stage into the resume. */
class StagesTest {
  // For each kind: a heading, a line of content, and where the content must land.
  private record Case(String heading, String content, Predicate<Resume> read) {}

  private static final Map<SectionKind, Case> CASES = new EnumMap<>(SectionKind.class);

  static {
    CASES.put(
        SectionKind.HEADER,
        new Case("", "", r -> r.basics() != null && "Tomasz Wierzba".equals(r.basics().name())));
    CASES.put(
        SectionKind.SUMMARY,
        new Case(
            "Summary",
            "Surveyor who maps flood plains.",
            r -> r.basics() != null && r.basics().summary() != null));
    CASES.put(
        SectionKind.CONTACT,
        new Case(
            "Contact",
            "Email: t.wierzba@example.net",
            r -> r.basics() != null && "t.wierzba@example.net".equals(r.basics().email())));
    CASES.put(
        SectionKind.WORK,
        new Case(
            "Experience", "Surveyor, Kestrel Mapping Ltd, 2019 - 2023", r -> !r.work().isEmpty()));
    CASES.put(
        SectionKind.EDUCATION,
        new Case(
            "Education",
            "Gdansk University of Technology, 2014 - 2018",
            r -> !r.education().isEmpty()));
    CASES.put(SectionKind.SKILLS, new Case("Skills", "- QGIS", r -> !r.skills().isEmpty()));
    CASES.put(
        SectionKind.PROJECTS,
        new Case("Projects", "- Floodline: a levee survey app", r -> !r.projects().isEmpty()));
    CASES.put(
        SectionKind.OPEN_SOURCE,
        new Case("Open Source", "- pyproj: fixed datum shifts", r -> !r.projects().isEmpty()));
    CASES.put(
        SectionKind.AWARDS,
        new Case("Awards", "- Young Surveyor of the Year, 2021", r -> !r.awards().isEmpty()));
    CASES.put(
        SectionKind.CERTIFICATES,
        new Case("Certifications", "- Licensed Land Surveyor", r -> !r.certificates().isEmpty()));
    CASES.put(
        SectionKind.LANGUAGES,
        new Case("Languages", "Polish, English", r -> !r.languages().isEmpty()));
    CASES.put(
        SectionKind.INTERESTS,
        new Case("Interests", "Sailing, chess", r -> !r.interests().isEmpty()));
    CASES.put(
        SectionKind.PUBLICATIONS,
        new Case(
            "Publications",
            "- Wierzba, T. Levees from the air. Journal of Surveying, 2022.",
            r -> !r.publications().isEmpty()));
    CASES.put(
        SectionKind.VOLUNTEER,
        new Case(
            "Volunteering",
            "Map Lead, Open Streets Gdansk, 2016 - 2018",
            r -> !r.volunteer().isEmpty()));
    CASES.put(
        SectionKind.REFERENCES,
        new Case("References", "Anna Nowak, Kestrel Mapping Ltd", r -> !r.references().isEmpty()));
    CASES.put(
        SectionKind.ACHIEVEMENTS,
        new Case(
            "Key Achievements",
            "Mapped 400 km of river banks.",
            r -> r.basics() != null && r.basics().summary() != null));
  }

  @Test
  void everySectionKindButOtherIsReadIntoTheResume() {
    for (SectionKind kind : SectionKind.values()) {
      if (kind == SectionKind.OTHER) {
        continue; // an unknown heading: its lines are read by the sections around it
      }
      assertThat(CASES).as("a case for %s", kind).containsKey(kind);
      Case c = CASES.get(kind);
      String[] lines =
          c.heading().isEmpty()
              ? new String[] {"# Tomasz Wierzba", "t.wierzba@example.net"}
              : new String[] {"# Tomasz Wierzba", "## " + c.heading(), c.content()};
      Resume r = ResumeExtractor.standard().extract(Docs.of(lines));
      assertThat(c.read().test(r)).as("%s read into the resume: %s", kind, r).isTrue();
    }
  }

  @Test
  void aStageThatRefinesASlotNoEarlierStageFilledIsRefused() {
    Extractor checker =
        new Extractor() {
          @Override
          public Set<Slot> requires() {
            return Set.of(Slot.LAYOUT);
          }

          @Override
          public Set<Slot> provides() {
            return Set.of();
          }

          @Override
          public Set<Slot> refines() {
            return Set.of(Slot.WORK);
          }

          @Override
          public void extract(TextDocument doc, ResumeDraft draft) {}
        };
    assertThatThrownBy(() -> new ExtractionPipeline(List.of(new LayoutStage(), checker)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refines [WORK]");
    assertThat(new ExtractionPipeline(Stages.standard()).stages())
        .filteredOn(s -> s instanceof ResumeNormalizer)
        .allMatch(s -> s.refines().contains(Slot.WORK));
  }
}
