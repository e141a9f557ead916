package dev.vitae.extractor.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ResumeDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {
  private static List<SectionKind> kinds(String... lines) {
    ResumeDraft draft = Docs.draft(Docs.of(lines));
    return draft.sections().stream().map(Section::kind).toList();
  }

  @Test
  void splitsMarkdownHeadingsByTheirWords() {
    assertThat(
            kinds(
                "# Jane Roe",
                "jane@example.org",
                "## Professional Experience",
                "### Acme, Engineer",
                "## Education",
                "MIT",
                "## Technical Skills",
                "- Java"))
        .containsExactly(
            SectionKind.HEADER, SectionKind.WORK, SectionKind.EDUCATION, SectionKind.SKILLS);
  }

  @Test
  void aLabelLeftOfItsBlockNamesItsSectionInLooseWords() {
    // A column of labels beside the body, all in the body's size and weight: only the label's place
    // left of its block sets it apart.
    assertThat(
            placedKinds(
                0, "Jane Roe",
                0, "Professional Skills Summary",
                150, "Kitchen: Seafood, Butchery, Pastry",
                150, "Management: Food costing, Rota planning",
                0, "Work Experience",
                150, "Head Chef at Corrib House Bistro"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS, SectionKind.WORK);
  }

  @Test
  void aTitleWithItsDatesFlushRightBelowIsNoLabel() {
    assertThat(
            placedKinds(
                0, "Jane Roe",
                0, "Experience",
                0, "Project Manager",
                340, "June 2017 - March 2019",
                0, "Deccan Digital Services"))
        .containsExactly(SectionKind.HEADER, SectionKind.WORK);
  }

  // Lines of a PDF in one size and weight, each at its indent (points from the left margin).
  private static List<SectionKind> placedKinds(Object... indentsAndTexts) {
    List<dev.vitae.parser.Line> lines = new java.util.ArrayList<>();
    for (int i = 0; i < indentsAndTexts.length; i += 2) {
      var style =
          new dev.vitae.parser.LineStyle(
              12, 1, false, (Integer) indentsAndTexts[i], 0, 0, false, 0);
      lines.add(new dev.vitae.parser.Line(i / 2, 1, (String) indentsAndTexts[i + 1], style));
    }
    var doc =
        new dev.vitae.parser.TextDocument(
            dev.vitae.parser.Source.named("test.pdf", "application/pdf"), 1, lines, List.of());
    return Docs.draft(doc).sections().stream().map(Section::kind).toList();
  }

  @Test
  void readsChineseHeadings() {
    assertThat(kinds("张伟", "## 工作经验", "某公司", "## 教育背景", "某大学", "## 专业技能", "Java", "## 获奖情况", "一等奖"))
        .containsExactly(
            SectionKind.HEADER,
            SectionKind.WORK,
            SectionKind.EDUCATION,
            SectionKind.SKILLS,
            SectionKind.AWARDS);
  }

  @Test
  void readsPlainCapsHeadingsWithDecoration() {
    assertThat(
            kinds(
                "Jane Roe",
                "WORK EXPERIENCE",
                "Acme | 2019 - 2021",
                "— EDUCATION —",
                "State University",
                "Skills:",
                "Go, Rust"))
        .containsExactly(
            SectionKind.HEADER, SectionKind.WORK, SectionKind.EDUCATION, SectionKind.SKILLS);
  }

  @Test
  void keepsSectionWordsSetBelowTheSectionHeadingsInsideTheirEntry() {
    assertThat(
            kinds(
                "# Rowan Pike",
                "## Experience",
                "### Site Reliability Engineer, Ostrava Grid",
                "Feb 2021 – Present",
                "Achievements",
                "- Halved paging volume",
                "Projects",
                "- Moved the fleet to ARM",
                "#### Highlights",
                "- Wrote the incident handbook",
                "## Education",
                "### Brno University of Technology, 2015 – 2019",
                "Courses",
                "- Distributed systems",
                "## Projects",
                "### Tidewater",
                "A scheduler"))
        .containsExactly(
            SectionKind.HEADER, SectionKind.WORK, SectionKind.EDUCATION, SectionKind.PROJECTS);
  }

  @Test
  void keepsASubheadingInPlainTextWhoseSectionHeadingsAreCapitals() {
    assertThat(
            kinds(
                "Mina Okafor",
                "EXPERIENCE",
                "Harrow Logistics, Dispatcher, 2018 - 2022",
                "Key achievements",
                "- Cut late deliveries by a third",
                "EDUCATION",
                "Leeds College, 2016 - 2018",
                "SKILLS",
                "Routing, Excel"))
        .containsExactly(
            SectionKind.HEADER, SectionKind.WORK, SectionKind.EDUCATION, SectionKind.SKILLS);
  }

  @Test
  void aSectionWordOpeningAnEntryOrSetLikeTheHeadingsStillStartsASection() {
    // Set as prominently as the other headings, or followed by an entry, it is a section.
    assertThat(
            kinds(
                "Mina Okafor",
                "EXPERIENCE",
                "Harrow Logistics, Dispatcher, 2018 - 2022",
                "- Ran the night desk",
                "PROJECTS",
                "- Route planner in Python",
                "EDUCATION",
                "Leeds College, 2016 - 2018",
                "Awards",
                "Dispatcher of the Year, 2021"))
        .containsExactly(
            SectionKind.HEADER,
            SectionKind.WORK,
            SectionKind.PROJECTS,
            SectionKind.EDUCATION,
            SectionKind.AWARDS);
  }

  @Test
  void readsHeadingsWithANoteOrAnIconAndTheWordsTheVocabularyLacked() {
    assertThat(SectionVocabulary.findExact("Work Experience (reverse chronological)"))
        .contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findLoose("工作经历（按时间倒序）")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findLoose("🎓 Education")).contains(SectionKind.EDUCATION);
    assertThat(SectionVocabulary.findLoose("EMPLOYMENT ----")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("Teaching")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("Research Positions")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("Professional Background")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("Career")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("实践经历")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("校园经历")).contains(SectionKind.VOLUNTEER);
    // A parenthetical list is content, not a note.
    assertThat(SectionVocabulary.findExact("Skills (Python, Go)")).isEmpty();
  }

  @Test
  void joinsLetterSpacedHeadings() {
    assertThat(SectionVocabulary.findExact("E D U C A T I O N")).contains(SectionKind.EDUCATION);
    assertThat(SectionVocabulary.findExact("1. Work Experience:")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("二、项目经历")).contains(SectionKind.PROJECTS);
  }

  @Test
  void matchesLooselyOnlyWhenThePhraseCoversMostOfTheHeading() {
    assertThat(SectionVocabulary.findLoose("Work Experience & Internships"))
        .contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findLoose("Skills Matrix Tool for Teams")).isEmpty();
  }

  @Test
  void unknownSubHeadingsStayInsideTheirSection() {
    ResumeDraft draft =
        Docs.draft(
            Docs.of(
                "## Experience",
                "### Globex Corp, Developer",
                "- built things",
                "### Initech, Analyst",
                "- more"));
    assertThat(draft.sections()).hasSize(2);
    assertThat(draft.sections().get(1).kind()).isEqualTo(SectionKind.WORK);
    assertThat(draft.sections().get(1).end()).isEqualTo(5);
  }

  @Test
  void sectionWordsAsDeeperHeadingsAreGroupsOfTheirSection() {
    assertThat(
            kinds(
                "# Sam Poe",
                "## Skills",
                "### Teaching",
                "Phonics, Assessment",
                "Languages",
                "Python, Go, Rust",
                "Open source contributions",
                "Patches to several Python libraries.",
                "## Experience",
                "### Acme, Teacher",
                "- taught",
                "## Education",
                "BA, Leeds",
                "## Interests",
                "Choir"))
        .containsExactly(
            SectionKind.HEADER,
            SectionKind.SKILLS,
            SectionKind.OPEN_SOURCE,
            SectionKind.WORK,
            SectionKind.EDUCATION,
            SectionKind.INTERESTS);
    // Levels used loosely are no outline: each section word opens its section.
    assertThat(
            kinds(
                "### Skills",
                "Java, Go",
                "# Experience",
                "### Acme, Engineer",
                "# Projects",
                "## Compiler",
                "### Education",
                "BSc, Peking University"))
        .containsExactly(
            SectionKind.HEADER,
            SectionKind.SKILLS,
            SectionKind.WORK,
            SectionKind.PROJECTS,
            SectionKind.EDUCATION);
    // Without an outline of levels the word still opens its section.
    assertThat(kinds("SKILLS", "Java, Go", "TEACHING", "Intro to Programming, Fall 2019"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS, SectionKind.WORK);
  }

  @Test
  void unknownHeadingAtSectionLevelStartsAnotherSection() {
    assertThat(
            kinds(
                "## Experience",
                "### Globex Corp, Developer",
                "- built things",
                "## Leadership",
                "Captain of the chess club"))
        .containsExactly(SectionKind.HEADER, SectionKind.WORK, SectionKind.OTHER);
  }

  @Test
  void datedHeadingsUnderAnAboutSectionInferWork() {
    assertThat(
            kinds(
                "# About jdoe",
                "I build compilers.",
                "### 2016-2019 Globex",
                "1. wrote a linker",
                "### 2019-present Initech",
                "1. wrote a JIT"))
        .containsExactly(SectionKind.HEADER, SectionKind.SUMMARY, SectionKind.WORK);
  }

  @Test
  void inlineSkillLineIsItsOwnSection() {
    ResumeDraft draft =
        Docs.draft(
            Docs.of(
                "## Experience",
                "### Globex, Engineer",
                "- did x",
                "Tech stack: Go, Rust, Kafka",
                "- after"));
    assertThat(draft.sections().stream().map(Section::kind))
        .containsExactly(
            SectionKind.HEADER, SectionKind.WORK, SectionKind.SKILLS, SectionKind.WORK);
  }

  @Test
  void lineIntroducingAListWithSectionWordsStartsThatSection() {
    assertThat(
            kinds(
                "## Experience",
                "### Globex, Engineer",
                "- did x",
                "In my spare time I maintain several open source projects:",
                "- tool one",
                "- tool two"))
        .containsExactly(SectionKind.HEADER, SectionKind.WORK, SectionKind.OPEN_SOURCE);
  }

  @Test
  void resumeTitleHeadingStaysInTheHeader() {
    assertThat(kinds("# Resume of Jane Roe", "- Email: jane@example.org", "## Skills", "- Go"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS);
    assertThat(kinds("# 李雷的简历", "## 技能清单", "- Go"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS);
  }

  @Test
  void matchesAKnownPhraseClosingAShortHeading() {
    assertThat(SectionVocabulary.findLoose("Relevant Skills")).contains(SectionKind.SKILLS);
    assertThat(SectionVocabulary.findLoose("Teaching Experience")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findLoose("主要工作经历")).contains(SectionKind.WORK);
  }

  @Test
  void anUndatedSectionOfGroupedListsHoldsSkills() {
    assertThat(
            kinds(
                "# Ann Lee",
                "ann@example.org",
                "## Technical Background",
                "- Languages: Ada, Fortran, Lisp",
                "- Stores: Oracle, DB2",
                "## Education",
                "- Some College, 2001 - 2005"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS, SectionKind.EDUCATION);
  }

  @Test
  void chineseCareerSummaryHeadingIsASummary() {
    assertThat(SectionVocabulary.findExact("职业概要")).contains(SectionKind.SUMMARY);
  }

  @Test
  void aLanguagesSectionOfProgrammingLanguagesHoldsSkills() {
    assertThat(kinds("# Kim", "kim@example.org", "## Languages", "- Rust, Haskell, OCaml"))
        .containsExactly(SectionKind.HEADER, SectionKind.SKILLS);
    assertThat(kinds("# Kim", "kim@example.org", "## Languages", "- German (native), French"))
        .containsExactly(SectionKind.HEADER, SectionKind.LANGUAGES);
  }

  @Test
  void aKnownPhraseOpeningAHeadingWithAndNamesIt() {
    assertThat(SectionVocabulary.findLoose("Awards and Promotion")).contains(SectionKind.AWARDS);
    assertThat(SectionVocabulary.findLoose("LINKS")).contains(SectionKind.CONTACT);
  }
}
