package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudyTypesTest {

  /** Columns: text, expected type, expected degree words (the match's span). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          B.S. in Computer Science               | BACHELOR    | B.S.
          BS Computer Science                    | BACHELOR    | BS
          B.Sc. (Hons) Physics                   | BACHELOR    | B.Sc. (Hons)
          BSc Mathematics                        | BACHELOR    | BSc
          Bsc in Chemistry                       | BACHELOR    | Bsc
          B.A. in Economics                      | BACHELOR    | B.A.
          BA, History                            | BACHELOR    | BA
          B.E. Mechanical Engineering            | BACHELOR    | B.E.
          B.Eng. Electronics                     | BACHELOR    | B.Eng.
          BEng Software Engineering              | BACHELOR    | BEng
          B.Tech in Information Technology       | BACHELOR    | B.Tech
          BBA, Finance                           | BACHELOR    | BBA
          Bachelor of Science in Biology         | BACHELOR    | Bachelor of Science
          Bachelor's degree in Physics           | BACHELOR    | Bachelor's degree
          Bachelor of Computer Science           | BACHELOR    | Bachelor of
          Bachelor, Zhejiang University          | BACHELOR    | Bachelor
          Undergraduate, Fudan University        | BACHELOR    | Undergraduate
          本科 计算机科学与技术                      | BACHELOR    | 本科
          学历：全日制本科                           | BACHELOR    | 本科
          工学学士，电子信息工程                      | BACHELOR    | 工学学士
          学士，武汉大学                            | BACHELOR    | 学士
          M.S. in Software Design                | MASTER      | M.S.
          MS in CS                               | MASTER      | MS
          M.Sc. Data Science                     | MASTER      | M.Sc.
          MSc Statistics                         | MASTER      | MSc
          M.A. Linguistics                       | MASTER      | M.A.
          MA in English Literature               | MASTER      | MA
          MA, English Literature                 | MASTER      | MA
          Harvard University MA in History       | MASTER      | MA
          MBA, Wharton School                    | MASTER      | MBA
          M.Eng. Civil Engineering               | MASTER      | M.Eng.
          MEng Aeronautics                       | MASTER      | MEng
          M.Tech Computer Science                | MASTER      | M.Tech
          MPhil in Economics                     | MASTER      | MPhil
          Master of Science in Data Science      | MASTER      | Master of Science
          Master of Business Administration      | MASTER      | Master of Business Administration
          Master's in Computer Science           | MASTER      | Master's
          Masters Degree, Imperial College       | MASTER      | Masters Degree
          Master, Peking University              | MASTER      | Master
          java (master's degree) (2015-2017)     | MASTER      | master's degree
          硕士，北京大学                            | MASTER      | 硕士
          研究生 软件工程                           | MASTER      | 研究生
          硕士研究生，计算机技术                      | MASTER      | 硕士研究生
          理学硕士                                 | MASTER      | 理学硕士
          Ph.D. in Physics                       | DOCTORATE   | Ph.D.
          PhD candidate, MIT                     | DOCTORATE   | PhD
          Ph.D Computer Science                  | DOCTORATE   | Ph.D
          D.Phil. in History                     | DOCTORATE   | D.Phil.
          Doctor of Philosophy in Chemistry      | DOCTORATE   | Doctor of Philosophy
          Doctorate in Education                 | DOCTORATE   | Doctorate
          M.D., Johns Hopkins                    | DOCTORATE   | M.D.
          博士，清华大学                            | DOCTORATE   | 博士
          博士研究生                                | DOCTORATE   | 博士研究生
          Associate Degree                       | ASSOCIATE   | Associate Degree
          Education：Associate Degree             | ASSOCIATE   | Associate Degree
          Associate of Arts, Community College   | ASSOCIATE   | Associate of Arts
          Associate's degree in Nursing          | ASSOCIATE   | Associate's degree
          A.A. Liberal Arts                      | ASSOCIATE   | A.A.
          A.S. in Nursing                        | ASSOCIATE   | A.S.
          学历：大专                               | ASSOCIATE   | 大专
          专科，软件技术                            | ASSOCIATE   | 专科
          高职 计算机应用                           | ASSOCIATE   | 高职
          High School Diploma                    | HIGH_SCHOOL | High School
          高中，北京四中                            | HIGH_SCHOOL | 高中
          中专，机电一体化                           | DIPLOMA     | 中专
          Diploma in Nursing                     | DIPLOMA     | Diploma
          Postgraduate Diploma in Law            | DIPLOMA     | Postgraduate Diploma
          Certificate in Project Management      | CERTIFICATE | Certificate
          """)
  void findsDegree(String text, StudyType type, String words) {
    StudyTypes.Match match = StudyTypes.find(text).orElseThrow();
    assertThat(match.type()).isEqualTo(type);
    assertThat(text.substring(match.from(), match.to())).isEqualTo(words);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Proficient in MS Office",
        "MS Word, Excel and PowerPoint",
        "MS-DOS batch scripts",
        "MS SQL Server",
        "BASIC programming",
        "Mac OS and Linux",
        "p99 latency of 250 ms",
        "Ms. Wang, HR",
        "Somerville MA USA",
        "Boston, MA 02110",
        "Acquia - Boston, MA",
        "UMass Lowell (Lowell, MA)",
        "Somerville MA",
        "merged into the git master branch",
        "Certified Scrum Master",
        "Associate Software Engineer",
        "博士后研究员",
        "北京大学研究生院",
        "LLM fine-tuning",
        "Meng Li",
        "march",
        "jobs and beds",
        "MFA enabled for all accounts",
        "MSE loss",
        "Kubernetes, Go, Rust",
        ""
      })
  void findsNoDegree(String text) {
    assertThat(StudyTypes.find(text)).isEmpty();
  }

  @Test
  void returnsEarliestDegree() {
    assertThat(StudyTypes.find("B.S. and M.S. in Physics").orElseThrow().type())
        .isEqualTo(StudyType.BACHELOR);
  }

  @Test
  void prefersLongerChineseDegree() {
    StudyTypes.Match match = StudyTypes.find("硕士研究生").orElseThrow();
    assertThat(match.to()).isEqualTo(5);
  }

  @Test
  void spanLetsCallerCutArea() {
    String text = "M.S. in Computer Science";
    StudyTypes.Match match = StudyTypes.find(text).orElseThrow();
    assertThat(text.substring(match.to()).replaceFirst("^\\s*in\\s+", ""))
        .isEqualTo("Computer Science");
  }

  @Test
  void labelsMatchContractVocabulary() {
    assertThat(StudyType.values())
        .extracting(StudyType::label)
        .containsExactly(
            "High School",
            "Associate",
            "Bachelor",
            "Master",
            "Doctorate",
            "Diploma",
            "Certificate");
  }

  @Test
  void throwsOnNullText() {
    assertThatNullPointerException().isThrownBy(() -> StudyTypes.find(null));
  }
}
