package dev.vitae.extractor.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.parser.TextDocument;
import org.junit.jupiter.api.Test;

class LanguagesExtractorTest {
  private static ResumeDraft run(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new LanguagesExtractor().extract(doc, draft);
    return draft;
  }

  @Test
  void readsNamesWithFluencyInEitherLanguage() {
    ResumeDraft d = run("## Languages", "- 德语 (Fluent)", "- French: basic", "- Portuguese – B2");
    assertThat(d.languages())
        .extracting(l -> l.value().language())
        .containsExactly("German", "French", "Portuguese");
    assertThat(d.languages())
        .extracting(l -> l.value().fluency())
        .containsExactly("Fluent", "basic", "B2");
  }

  @Test
  void readsALanguageAndItsFluencyInCellsOfARow() {
    ResumeDraft d = run("## Languages", "English: | Native", "Italian | Fluent", "German | French");
    assertThat(d.languages())
        .extracting(l -> l.value().language())
        .containsExactly("English", "Italian", "German", "French");
    assertThat(d.languages())
        .extracting(l -> l.value().fluency())
        .containsExactly("Native", "Fluent", null, null);
  }

  @Test
  void readsACommaSeparatedLine() {
    ResumeDraft d = run("LANGUAGES", "English, 日语");
    assertThat(d.languages())
        .extracting(l -> l.value().language())
        .containsExactly("English", "Japanese");
  }

  @Test
  void readsInterests() {
    ResumeDraft d = run("## Interests", "- Climbing, chess");
    assertThat(d.interests())
        .extracting(i -> i.value().name())
        .containsExactly("Climbing", "chess");
  }

  @Test
  void readsSpokenLanguagesAndInterestsListedInsideSkills() {
    ResumeDraft d =
        run(
            "## Skills",
            "- Databases: Postgres, Redis",
            "- Languages: Swedish (native), English",
            "- Interests: sailing, chess");
    assertThat(d.languages())
        .extracting(l -> l.value().language())
        .containsExactly("Swedish", "English");
    assertThat(d.interests()).extracting(i -> i.value().name()).containsExactly("sailing", "chess");
  }

  @Test
  void aNestedListIntroducedByLanguagesIsALanguagesSection() {
    ResumeDraft d =
        run("## Others", "- Human Languages:", "  - Italian (native)", "  - Spanish (fluent)");
    assertThat(d.languages())
        .extracting(l -> l.value().language())
        .containsExactly("Italian", "Spanish");
  }
}
