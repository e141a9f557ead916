package dev.vitae.extractor.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Skill;
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
