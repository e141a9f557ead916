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

  @Test
  void joinsAQuoteWithTheAttributionAfterIt() {
    List<Reference> r =
        references(
            "## References",
            "Tomas is the most careful analyst I have managed in twenty years of audit work.",
            "",
            "— Ms Priya Nandakumar, Audit Partner, Fenwick & Lowe",
            "",
            "A generous mentor who made the whole team faster at reviews.",
            "",
            "— Mr Ola Berg, Senior Manager, Fenwick & Lowe");
    assertThat(r)
        .extracting(Reference::name)
        .containsExactly(
            "Ms Priya Nandakumar, Audit Partner, Fenwick & Lowe",
            "Mr Ola Berg, Senior Manager, Fenwick & Lowe");
    assertThat(r.get(1).reference())
        .isEqualTo("A generous mentor who made the whole team faster at reviews.");
  }

  @Test
  void joinsARefereeLineWithTheRecommendationUnderIt() {
    List<Reference> r =
        references(
            "## References",
            "Ms Priya Nandakumar, Audit Partner, Fenwick & Lowe",
            "",
            "Tomas is the most careful analyst I have managed in twenty years of audit work.",
            "",
            "Mr Ola Berg, Senior Manager",
            "",
            "Mr Leif Dahl, Director");
    assertThat(r)
        .extracting(Reference::name)
        .containsExactly(
            "Ms Priya Nandakumar, Audit Partner, Fenwick & Lowe",
            "Mr Ola Berg, Senior Manager",
            "Mr Leif Dahl, Director");
    assertThat(r.get(0).reference()).startsWith("Tomas is the most careful analyst");
    assertThat(r.get(1).reference()).isNull();
  }
}
