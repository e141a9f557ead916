package dev.vitae.extractor.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CodePoints;
import dev.vitae.extractor.CorpusLines;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    assertThat(DocumentLanguageStage.languagesOf("山田太郎 ソフトウェアエンジニア です。よろしくお願いします"))
        .first()
        .isEqualTo("ja");
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

  @Test
  void countsScriptsAsTheMapOfCountsDid() {
    List<String> texts = new ArrayList<>(CorpusLines.all());
    texts.add(String.join("\n", CorpusLines.all()));
    int[] cps = CodePoints.bmpAndSupplementarySample().toArray();
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        int pick = random.nextInt(4);
        sb.append(pick == 0 ? "Senior engineer " : pick == 1 ? "软件工程师" : pick == 2 ? "ソフト" : "");
        sb.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      texts.add(sb.toString());
    }
    // A surrogate pair across the 200,000-char bound is read whole.
    texts.add("a".repeat(199_999) + "\uD840\uDC00" + "한국어");
    for (String text : texts) {
      assertThat(DocumentLanguageStage.languagesOf(text)).isEqualTo(referenceLanguagesOf(text));
    }
  }

  private enum RefScript {
    HAN,
    KANA,
    HANGUL,
    LATIN
  }

  // languagesOf as it was, with a map of counts, kept as the reference.
  private static List<String> referenceLanguagesOf(String text) {
    Map<RefScript, Integer> counts = new EnumMap<>(RefScript.class);
    int limit = Math.min(text.length(), 200_000);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      RefScript script =
          switch (Character.UnicodeScript.of(cp)) {
            case HAN -> RefScript.HAN;
            case HIRAGANA, KATAKANA -> RefScript.KANA;
            case HANGUL -> RefScript.HANGUL;
            case LATIN -> Character.isLetter(cp) ? RefScript.LATIN : null;
            default -> null;
          };
      if (script != null) {
        counts.merge(script, 1, Integer::sum);
      }
    }
    int han = counts.getOrDefault(RefScript.HAN, 0);
    int kana = counts.getOrDefault(RefScript.KANA, 0);
    boolean japanese = kana > 0 && kana * 10 >= han + kana;
    Map<String, Double> weights = new LinkedHashMap<>();
    if (japanese) {
      weights.put("ja", (double) han + kana);
    } else {
      weights.put("zh", (double) han);
    }
    weights.put("ko", (double) counts.getOrDefault(RefScript.HANGUL, 0));
    weights.put("en", counts.getOrDefault(RefScript.LATIN, 0) * (1.0 / 3));
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    List<String> languages = new ArrayList<>();
    if (total <= 0) {
      return languages;
    }
    weights.entrySet().stream()
        .filter(e -> e.getValue() / total >= 0.2)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> languages.add(e.getKey()));
    return languages;
  }
}
