package dev.vitae.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private String detect(String content, String name) {
    return detector.detect(content.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void detectsPdfByContentWhateverTheName() {
    assertThat(detect("%PDF-1.7\n%âãÏÓ\n1 0 obj\n", "cv.txt")).isEqualTo(FormatDetector.PDF);
    assertThat(detect("%PDF-1.4\n", "cv")).isEqualTo(FormatDetector.PDF);
  }

  @Test
  void detectsMarkdownByName() {
    assertThat(detect("Jane Doe\nEngineer\n", "cv.md")).isEqualTo(FormatDetector.MARKDOWN);
    assertThat(detect("Jane Doe\nEngineer\n", "CV.Markdown")).isEqualTo(FormatDetector.MARKDOWN);
  }

  @Test
  void detectsMarkdownInATextFileByContent() {
    String markdown = "# Jane Doe\n\n## Experience\n\n- Built [Atlas](https://atlas.dev)\n";
    assertThat(detect(markdown, "cv.txt")).isEqualTo(FormatDetector.MARKDOWN);
    assertThat(detect(markdown, "")).isEqualTo(FormatDetector.MARKDOWN);
  }

  @Test
  void keepsPlainTextWithBulletsPlain() {
    String text = "Jane Doe\n\nEXPERIENCE\nAcme | 2019 - Present\n- Built billing\n- Led a team\n";
    assertThat(detect(text, "cv.txt")).isEqualTo(FormatDetector.PLAIN_TEXT);
  }

  @Test
  void detectsLegacyEncodedTextWithoutAName() {
    byte[] gbk = "张三\n工作经历\n负责后端开发与系统设计\n".getBytes(Charset.forName("GBK"));
    assertThat(detector.detect(gbk, "cv")).isEqualTo(FormatDetector.PLAIN_TEXT);
    byte[] utf16 = "Jane Doe\nEngineer\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(detector.detect(utf16, "")).isEqualTo(FormatDetector.PLAIN_TEXT);
  }

  @Test
  void returnsOtherTypesAsTikaNamesThem() {
    assertThat(detect("<html><body><p>Jane</p></body></html>", "cv.html")).isEqualTo("text/html");
    assertThat(detect("{\"basics\": {\"name\": \"Jane\"}}", "cv.json"))
        .isEqualTo("application/json");
  }

  @Test
  void returnsTypesWithoutParameters() {
    assertThat(detect("Jane Doe\n", "cv.txt")).isEqualTo(FormatDetector.PLAIN_TEXT);
  }

  @Test
  void reportsBinaryJunkAsOctetStream() {
    byte[] junk = new byte[64];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 37);
    }
    assertThat(detector.detect(junk, "blob")).isEqualTo("application/octet-stream");
  }
}
