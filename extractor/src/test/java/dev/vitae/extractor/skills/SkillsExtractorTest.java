package dev.vitae.extractor.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Skill;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillsExtractorTest {
  private static List<Skill> skills(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new SkillsExtractor().extract(doc, draft);
    return draft.skills().stream().map(Drafted::value).toList();
  }

  @Test
  void readsGroupedLines() {
    List<Skill> s = skills("## Skills", "- Languages: Kotlin, Scala", "- Stores: Cassandra, Redis");
    assertThat(s).extracting(Skill::name).containsExactly("Languages", "Stores");
    assertThat(s.get(1).keywords()).containsExactly("Cassandra", "Redis");
  }

  @Test
  void aRowWhoseFirstCellIsALabelIsAGroup() {
    List<Skill> s =
        skills(
            "SKILLS",
            "Languages | Python, JavaScript, SQL",
            "Frameworks | React | Express.js",
            "Senior Engineer | 2019 – 2021");
    assertThat(s).extracting(Skill::name).startsWith("Languages", "Frameworks");
    assertThat(s.get(0).keywords()).containsExactly("Python", "JavaScript", "SQL");
    assertThat(s.get(1).keywords()).containsExactly("React", "Express.js");
  }

  @Test
  void aLabelledRowsValueWrappedUnderItsCellStaysInTheGroup() {
    TextDocument doc =
        new TextDocument(
            Source.named("cv.pdf", "application/pdf"),
            1,
            List.of(
                new Line(0, 1, "SKILLS", LineStyle.heading(2)),
                row(1, new Cell("TEACHING", 50, 92), new Cell("Phonics, Early reading,", 180, 500)),
                at(2, "Assessment for learning, SEND support", 180),
                at(3, "Patience, Empathy", 50),
                row(
                    4,
                    new Cell("TECHNOLOGY", 50, 100),
                    new Cell("Tapestry, SMART Notebook", 180, 400))),
            List.of());
    ResumeDraft draft = Docs.draft(doc);
    new SkillsExtractor().extract(doc, draft);
    List<Skill> s = draft.skills().stream().map(Drafted::value).toList();

    assertThat(s).extracting(Skill::name).containsExactly("TEACHING", "TECHNOLOGY", "SKILLS");
    assertThat(s.get(0).keywords())
        .containsExactly("Phonics", "Early reading", "Assessment for learning", "SEND support");
    assertThat(s.get(2).keywords()).containsExactly("Patience", "Empathy");
  }

  private static Line row(int index, Cell label, Cell value) {
    return new Line(
        index,
        1,
        label.text() + Line.CELL_SEPARATOR + value.text(),
        LineStyle.PLAIN,
        List.of(),
        List.of(label, value));
  }

  private static Line at(int index, String text, float x) {
    return new Line(
        index,
        1,
        text,
        LineStyle.PLAIN,
        List.of(),
        List.of(new Cell(text, x, x + 5 * text.length())));
  }

  @Test
  void readsAGroupNameLineFollowedByRows() {
    List<Skill> s = skills("SKILLS", "前端", "Vue/React", "Webpack/Vite", "后端", "Go/Java");
    assertThat(s).extracting(Skill::name).containsExactly("前端", "后端");
    assertThat(s.get(0).keywords()).containsExactly("Vue", "React", "Webpack", "Vite");
  }

  @Test
  void ungroupedTermsTakeTheSectionHeading() {
    List<Skill> s = skills("## Core Competencies", "- Negotiation", "- Budgeting");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).name()).isEqualTo("Core Competencies");
    assertThat(s.get(0).keywords()).containsExactly("Negotiation", "Budgeting");
  }

  @Test
  void readsKeywordLinesInTheHeader() {
    List<Skill> s =
        skills(
            "# Resume of Jo", "- Keywords: Compilers, LLVM", "## Experience", "### Acme, Engineer");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).name()).isEqualTo("Keywords");
  }

  @Test
  void keepsSentenceBulletsWhole() {
    List<Skill> s = skills("## 专业技能", "- 熟悉 Rust 与 Tokio，了解异步运行时的调度原理，能够独立排查性能问题");
    assertThat(s.get(0).keywords()).containsExactly("熟悉 Rust 与 Tokio，了解异步运行时的调度原理，能够独立排查性能问题");
  }
}
