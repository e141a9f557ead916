package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void encodesNonAsciiAndSpacesOnly() {
    assertThat(Urls.toUri("https://a.example/简历#项目 一"))
        .isEqualTo("https://a.example/%E7%AE%80%E5%8E%86#%E9%A1%B9%E7%9B%AE%20%E4%B8%80");
    assertThat(Urls.toUri("https://a.example/x?q=1&r=%20"))
        .isEqualTo("https://a.example/x?q=1&r=%20");
    assertThat(Urls.toUri(null)).isNull();
  }
}
