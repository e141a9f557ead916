package dev.vitae.extractor.awards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.parser.TextDocument;
import org.junit.jupiter.api.Test;

class AwardsExtractorTest {
  private static ResumeDraft run(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new AwardsExtractor().extract(doc, draft);
    return draft;
  }

  @Test
  void readsTitleBodyDateRuns() {
    ResumeDraft d =
        run(
            "AWARDS",
            "Best Paper",
            "",
            "Awarded at the systems workshop",
            "",
            "2018",
            "",
            "数学建模一等奖",
            "",
            "全国大学生数学建模竞赛",
            "",
            "2016");
    assertThat(d.awards()).hasSize(2);
    assertThat(d.awards().get(0).value().title()).isEqualTo("Best Paper");
    assertThat(d.awards().get(0).value().summary()).isEqualTo("Awarded at the systems workshop");
    assertThat(d.awards().get(1).value().date()).hasToString("2016");
  }

  @Test
  void readsOneItemPerListItemWithItsDate() {
    ResumeDraft d = run("## Honors", "- Dean's List, 2019", "- Hackathon winner (2020)");
    assertThat(d.awards())
        .extracting(a -> a.value().title())
        .containsExactly("Dean's List", "Hackathon winner");
    assertThat(d.awards().get(1).value().date()).hasToString("2020");
  }

  @Test
  void certificatesSectionsGiveCertificates() {
    ResumeDraft d = run("## Certifications", "- CKA 2021");
    assertThat(d.certificates()).hasSize(1);
    assertThat(d.certificates().get(0).value().name()).isEqualTo("CKA");
    assertThat(d.awards()).isEmpty();
  }

  @Test
  void aPlacingBeforeTheTitleIsTheSummary() {
    ResumeDraft d =
        run("AWARDS", "2019 3rd/40 Regional Robotics Cup", "2018 top 10/900 Data Science Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().title())
        .containsExactly("Regional Robotics Cup", "Data Science Fellow");
    assertThat(d.awards())
        .extracting(a -> a.value().summary())
        .containsExactly("3rd/40", "top 10/900");
  }
}
