package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Work;
import dev.vitae.parser.TextDocument;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseSentenceStageTest {
  private static final SentenceSplitter ON_PERIODS =
      text -> Arrays.stream(text.split("(?<=\\.)\\s+")).map(String::strip).toList();

  private static Work run(String summary, List<String> highlights) {
    TextDocument doc = Docs.of("## Experience", "Acme");
    ResumeDraft draft = Docs.draft(doc);
    draft
        .work()
        .add(
            Drafted.at(
                new Work("Acme", null, null, null, null, null, null, summary, highlights), 1));
    new ProseSentenceStage(ON_PERIODS).extract(doc, draft);
    return draft.work().get(0).value();
  }

  @Test
  void splitsAParagraphIntoHighlights() {
    Work w = run("Led the platform team. Cut costs by a third.", List.of());
    assertThat(w.summary()).isNull();
    assertThat(w.highlights()).containsExactly("Led the platform team.", "Cut costs by a third.");
  }

  @Test
  void leavesBulletsOneSentenceAndChineseAlone() {
    assertThat(run("Led the team. Cut costs.", List.of("Shipped")).summary())
        .isEqualTo("Led the team. Cut costs.");
    assertThat(run("Led the team.", List.of()).summary()).isEqualTo("Led the team.");
    assertThat(run("负责平台。降低成本。", List.of()).summary()).isEqualTo("负责平台。降低成本。");
  }
}
