package dev.vitae.extractor.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLanguageStageTest {
  private final DocumentLanguageStage stage = new DocumentLanguageStage();

  private static TextDocument doc(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (String text : texts) {
      lines.add(new Line(lines.size(), 1, text, LineStyle.PLAIN));
    }
    return new TextDocument(Source.named("t", "text/plain"), 1, lines, List.of());
  }

  private ResumeDraft run(TextDocument doc) {
    ResumeDraft draft = new ResumeDraft();
    stage.extract(doc, draft);
    return draft;
  }

  @Test
  void englishDocumentHasNoDefaultRegion() {
    ResumeDraft draft = run(doc("Jane Roe", "Backend developer building payment systems in Go."));
    assertThat(draft.documentLanguages()).containsExactly("en");
    assertThat(draft.defaultRegion()).isEmpty();
  }

  @Test
  void chineseDocumentWithTechTermsIsChineseWithRegionCn() {
    ResumeDraft draft = run(doc("王小明", "负责基于 Kubernetes 的容器平台研发，主导网关与存储系统设计，提升资源利用率。"));
    assertThat(draft.documentLanguages()).first().isEqualTo("zh");
    assertThat(draft.defaultRegion()).contains("CN");
  }

  @Test
  void bilingualDocumentListsBothMostUsedFirst() {
    assertThat(
            DocumentLanguageStage.languagesOf(
                "张伟 高级软件工程师 负责后端服务开发与分布式存储系统设计 Senior engineer who builds storage systems"))
        .containsExactly("zh", "en");
  }

  @Test
  void headerCountrySetsRegion() {
    ResumeDraft draft = run(doc("Lena Fischer", "Berlin, Germany | lena@example.org"));
    assertThat(draft.defaultRegion()).contains("DE");
  }

  @Test
  void japaneseKanaMakesJapanese() {
    assertThat(DocumentLanguageStage.languagesOf("山田太郎 ソフトウェアエンジニア です。よろしくお願いします")).first().isEqualTo("ja");
  }

  @Test
  void emptyDocumentHasNoLanguage() {
    ResumeDraft draft = run(doc());
    assertThat(draft.documentLanguages()).isEmpty();
    assertThat(draft.defaultRegion()).isEmpty();
  }

  @Test
  void declaresSlots() {
    assertThat(stage.requires()).isEmpty();
    assertThat(stage.provides()).containsExactly(Slot.DOCUMENT_LANGUAGE);
  }
}
