package dev.vitae.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {

  @Test
  void foldsCaseWidthSpacesAndEndPunctuation() {
    assertThat(Normalization.text("  Ｇｏｏｇｌｅ,\u3000 Inc. ")).isEqualTo("google, inc");
    assertThat(Normalization.text("**Straße**")).isEqualTo("strasse");
    assertThat(Normalization.text("「腾讯」：")).isEqualTo("腾讯");
  }

  @Test
  void keepsSymbolsThatArePartOfNames() {
    assertThat(Normalization.text("C++")).isEqualTo("c++");
    assertThat(Normalization.text("C#,")).isEqualTo("c#");
    assertThat(Normalization.text("#hashtag")).isEqualTo("hashtag");
  }

  @Test
  void phonesKeepOnlyDigits() {
    assertThat(Normalization.digits("+86 (136) 0304-3209")).isEqualTo("8613603043209");
    assertThat(Normalization.digits("１３６")).isEqualTo("136");
  }

  @Test
  void tokenizesChineseByCharacterAndOtherTextByWord() {
    assertThat(Normalization.tokens("腾讯云EKS, Tencent-Cloud 2.0"))
        .containsExactly("腾", "讯", "云", "eks", "tencent", "cloud", "2", "0");
  }

  @Test
  void measuresNameSimilarity() {
    List<String> acme = Normalization.tokens("Acme Corp");

    assertThat(Normalization.jaccard(acme, Normalization.tokens("ACME corp."))).isEqualTo(1.0);
    assertThat(Normalization.jaccard(acme, Normalization.tokens("Acme Labs")))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Normalization.contains(acme, Normalization.tokens("Acme"))).isTrue();
    assertThat(Normalization.contains(Normalization.tokens("Acmex"), Normalization.tokens("Acme")))
        .isFalse();
  }

  @Test
  void tokenF1CountsRepeatedTokensOnce() {
    assertThat(Normalization.tokenF1(List.of("a", "b"), List.of("a", "a")))
        .isCloseTo(0.5, within(1e-9));
    assertThat(Normalization.tokenF1(List.of("a"), List.of())).isEqualTo(0.0);
  }

  @Test
  void datesFallBackToYearWhenNotIso() {
    assertThat(Normalization.dateCredit("2019-8", "2019-08")).isEqualTo(1.0);
    assertThat(Normalization.dateCredit("2019-08", "2019 summer")).isEqualTo(0.5);
    assertThat(Normalization.dateCredit("2019-08", "summer")).isEqualTo(0.0);
  }
}
