package dev.vitae.extractor.education;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Education;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class EducationExtractorTest {
  private static List<Education> edu(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new EducationExtractor().extract(doc, draft);
    return draft.education().stream().map(Drafted::value).toList();
  }

  @Test
  void cutsDegreeAndFieldFromOneLine() {
    List<Education> e =
        edu("## Education", "2010/09 B.Sc. in Applied Physics, Riverside College", "2014/06");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).studyType()).isEqualTo("Bachelor");
    assertThat(e.get(0).area()).isEqualTo("Applied Physics");
    assertThat(e.get(0).institution()).isEqualTo("Riverside College");
    assertThat(e.get(0).startDate()).hasToString("2010-09");
    assertThat(e.get(0).endDate()).hasToString("2014-06");
  }

  @Test
  void readsFactsPackedWithSlashes() {
    List<Education> e = edu("## 教育背景", "硕士/南岭理工大学/材料工程 2016.09 - 2019.06");
    assertThat(e.get(0).studyType()).isEqualTo("Master");
    assertThat(e.get(0).institution()).isEqualTo("南岭理工大学");
    assertThat(e.get(0).area()).isEqualTo("材料工程");
    assertThat(e.get(0).endDate()).hasToString("2019-06");
  }

  @Test
  void readsFieldSchoolAndDatesOnSeparateLines() {
    List<Education> e = edu("EDUCATION", "计算机科学与技术", "", "华东理工大学", "", "2012 - 2016");
    assertThat(e.get(0).institution()).isEqualTo("华东理工大学");
    assertThat(e.get(0).area()).isEqualTo("计算机科学与技术");
    assertThat(e.get(0).endDate()).hasToString("2016");
  }

  @Test
  void readsHeadingEntriesWithGpa() {
    List<Education> e =
        edu(
            "## Education",
            "### Northfield University",
            "Master of Science in Statistics, 2018 - 2020",
            "- GPA: 3.9/4.0");
    assertThat(e.get(0).institution()).isEqualTo("Northfield University");
    assertThat(e.get(0).studyType()).isEqualTo("Master");
    assertThat(e.get(0).score()).isEqualTo("3.9/4.0");
  }

  @Test
  void takesALoneDegreeLineFromTheHeader() {
    List<Education> e = edu("# Resume", "- 学历：本科", "## Skills", "- Go");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).studyType()).isEqualTo("Bachelor");
    assertThat(e.get(0).institution()).isNull();
  }

  @Test
  void readsASchoolRowInTheHeader() {
    List<Education> e = edu("王芳", "华中科技大学（本科） | 软件工程 | 工学学士 | 绩点 3.7/4", "## 技能", "- Go");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).institution()).isEqualTo("华中科技大学");
    assertThat(e.get(0).area()).isEqualTo("软件工程");
    assertThat(e.get(0).studyType()).isEqualTo("Bachelor");
    assertThat(e.get(0).score()).isEqualTo("绩点 3.7/4");
  }

  @Test
  void readsOneSchoolPerLineAndDropsTheFacultyAndTheMajorSuffix() {
    List<Education> e =
        edu("教育背景", "学士，四川大学，计算机学院，软件工程专业，2011.9~2015.6", "硕士，浙江大学，控制学院，控制科学专业，2015.9~2018.3");
    assertThat(e).extracting(Education::institution).containsExactly("四川大学", "浙江大学");
    assertThat(e).extracting(Education::area).containsExactly("软件工程", "控制科学");
    assertThat(e).extracting(Education::studyType).containsExactly("Bachelor", "Master");
    assertThat(e.get(1).endDate()).hasToString("2018-03");
  }

  @Test
  void dropsAPlaceInParenthesesAfterTheSchool() {
    List<Education> e =
        edu("## Education", "1998-2002", "Chemistry; Lakeside College (Denver, CO)");
    assertThat(e.get(0).institution()).isEqualTo("Lakeside College");
    assertThat(e.get(0).area()).isEqualTo("Chemistry");
    assertThat(e.get(0).studyType()).isNull();
  }

  @Test
  void readsDatesFirstEntriesAndTakesTheLinkedPartAsTheSchool() {
    List<Education> e =
        edu(
            "## Education",
            "2009 - 2012",
            "Engineering degree; [Ecole Centrale](https://ec.example) (FR)",
            "Specialization in Signal Processing",
            "2012 - 2013",
            "Exchange semester; [Polytechnika](https://p.example) (PL)");
    assertThat(e)
        .extracting(Education::institution)
        .containsExactly("Ecole Centrale", "Polytechnika");
    assertThat(e).extracting(Education::area).containsExactly("Signal Processing", null);
    assertThat(e.get(1).startDate()).hasToString("2012");
  }

  @Test
  void aSingleDateIsWhenTheStudyEnds() {
    List<Education> e =
        edu(
            "EDUCATION",
            "RIVERSIDE UNIVERSITY",
            "BA IN HISTORY",
            "Minor in Latin",
            "Expected June 2026",
            "Springfield, IL",
            "NORTH HIGH SCHOOL",
            "May 2022 | Springfield, IL");
    assertThat(e)
        .extracting(Education::institution)
        .containsExactly("RIVERSIDE UNIVERSITY", "NORTH HIGH SCHOOL");
    assertThat(e.get(0).studyType()).isEqualTo("Bachelor");
    assertThat(e.get(0).startDate()).isNull();
    assertThat(e.get(0).endDate()).hasToString("2026-06");
    assertThat(e.get(1).endDate()).hasToString("2022-05");
  }

  @Test
  void theHeadingOfAnEntryNamesTheSchoolAndStateCodesAreNoField() {
    List<Education> e = edu("## Education", "### St. Aldric's Lyceum", "May 2009 | Dover, DE");
    assertThat(e.get(0).institution()).isEqualTo("St. Aldric's Lyceum");
    assertThat(e.get(0).area()).isNull();
    assertThat(e.get(0).endDate()).hasToString("2009-05");
  }

  @Test
  void leadersSeparateTheParts() {
    List<Education> e = edu("EDUCATION", "BSc Biology ----------------------- Coastal University");
    assertThat(e.get(0).institution()).isEqualTo("Coastal University");
    assertThat(e.get(0).area()).isEqualTo("Biology");
  }
}
