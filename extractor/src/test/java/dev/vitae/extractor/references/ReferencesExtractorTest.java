package dev.vitae.extractor.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Reference;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencesExtractorTest {
  private static List<Reference> references(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new ReferencesExtractor().extract(doc, draft);
    return draft.references().stream().map(Drafted::value).toList();
  }

  @Test
  void readsEachParagraphAsOneReferee() {
    List<Reference> r =
        references(
            "## References",
            "Dr. Imogen Hale",
            "Head of Cardiology, Wexford Clinic",
            "",
            "Samuel Oduya",
            "Charge Nurse, Wexford Clinic");
    assertThat(r).extracting(Reference::name).containsExactly("Dr. Imogen Hale", "Samuel Oduya");
    assertThat(r.get(0).reference()).isEqualTo("Head of Cardiology, Wexford Clinic");
  }

  @Test
  void availableOnRequestNamesNobody() {
    assertThat(references("## References", "Available upon request.")).isEmpty();
    assertThat(references("## 推荐人", "可应要求提供")).isEmpty();
  }
}
