package dev.vitae.extractor.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Volunteer;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolunteerExtractorTest {
  @Test
  void readsVolunteeringLikeJobs() {
    TextDocument doc =
        Docs.of(
            "## Volunteer Experience",
            "### Crew Lead, Harbour Cleanup Trust · Mar 2018 – Present",
            "- Organised monthly shoreline cleanups",
            "## 校园经历",
            "### 学生会 技术部部长（2016.09 - 2017.06）",
            "- 组织编程比赛");
    ResumeDraft draft = Docs.draft(doc);
    new VolunteerExtractor().extract(doc, draft);
    List<Volunteer> v = draft.volunteer().stream().map(Drafted::value).toList();
    assertThat(v)
        .extracting(Volunteer::organization)
        .containsExactly("Harbour Cleanup Trust", "学生会");
    assertThat(v).extracting(Volunteer::position).containsExactly("Crew Lead", "技术部部长");
    assertThat(v.get(0).startDate()).hasToString("2018-03");
    assertThat(v.get(0).highlights()).containsExactly("Organised monthly shoreline cleanups");
  }
}
