package dev.vitae.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {
  @Test
  void latinLineIsLatin() {
    assertThat(Script.of("Software Engineer, Acme Corp. 2019 - 2021")).isEqualTo(Script.LATIN);
  }

  @Test
  void hanLineWithAFewLatinLettersIsHan() {
    assertThat(Script.of("阿里巴巴集团 资深研发工程师 Java")).isEqualTo(Script.HAN);
  }

  @Test
  void mixedLineIsMixed() {
    assertThat(Script.of("Tencent Cloud 后台开发")).isEqualTo(Script.MIXED);
  }

  @Test
  void noLettersIsOther() {
    assertThat(Script.of("2019 - 2021 | +86 123")).isEqualTo(Script.OTHER);
    assertThat(Script.of("")).isEqualTo(Script.OTHER);
    assertThat(Script.of("Привет мир")).isEqualTo(Script.OTHER);
  }
}
