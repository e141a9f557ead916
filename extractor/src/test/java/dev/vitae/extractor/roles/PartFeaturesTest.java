package dev.vitae.extractor.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.roles.HeaderPart.Separator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartFeaturesTest {
  @Test
  void classesNameTheWordClassesAPartHolds() {
    assertThat(PartFeatures.classes("Senior Engineer")).isEqualTo("T----");
    assertThat(PartFeatures.classes("Northwind Trading Ltd")).isEqualTo("-O---");
    assertThat(PartFeatures.classes("University of Leeds")).contains("S");
    assertThat(PartFeatures.classes("Boston, MA")).isEqualTo("----P");
    assertThat(PartFeatures.classes("Quillfeather")).isEqualTo("-----");
  }

  @Test
  void shapeIsCaseScriptDigitsAndBrackets() {
    assertThat(PartFeatures.shape("Harbour Bistro")).isEqualTo("Aa");
    assertThat(PartFeatures.shape("Head of Sales")).isEqualTo("Aa+a");
    assertThat(PartFeatures.shape("ACME")).isEqualTo("A");
    assertThat(PartFeatures.shape("Civil Engineer II (2019)")).isEqualTo("Aad(");
    assertThat(PartFeatures.shape("青禾数据")).isEqualTo("h");
  }

  @Test
  void noFeatureIsAWordOfTheText() {
    List<HeaderPart> parts =
        List.of(
            new HeaderPart("Quillfeather Analytics", 0, Separator.START),
            new HeaderPart("Zephyrine Operator", 1, Separator.START));
    List<String> classes = parts.stream().map(p -> PartFeatures.classes(p.text())).toList();
    List<PartRole> rules = List.of(PartRole.ORG, PartRole.TITLE);
    for (int i = 0; i < parts.size(); i++) {
      String features =
          String.join(" ", PartFeatures.of(parts, classes, rules, i, PartRole.ORG))
              .toLowerCase(Locale.ROOT);
      assertThat(features).doesNotContain("quillfeather", "analytics", "zephyrine", "operator");
    }
  }

  @Test
  void featuresSayWherePartsStandAndWhatSeparatesThem() {
    List<HeaderPart> parts =
        List.of(
            new HeaderPart("Staff Nurse", 0, Separator.START),
            new HeaderPart("Cardiology", 0, Separator.COMMA),
            new HeaderPart("St Mary's Hospital", 1, Separator.START));
    List<String> classes = parts.stream().map(p -> PartFeatures.classes(p.text())).toList();
    List<PartRole> rules = List.of(PartRole.TITLE, PartRole.ORG, PartRole.OTHER);
    List<String> second = Arrays.asList(PartFeatures.of(parts, classes, rules, 1, PartRole.TITLE));
    assertThat(second)
        .contains("sep=COMMA>END", "prev=TITLE", "rule=ORG", "first=false", "last=false")
        .contains("line=l0/2", "onLine=1/2");
    List<String> first = Arrays.asList(PartFeatures.of(parts, classes, rules, 0, null));
    assertThat(first).contains("prev=BOS", "sep=START>COMMA", "first=true");
  }
}
