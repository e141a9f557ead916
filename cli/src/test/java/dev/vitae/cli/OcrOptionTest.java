package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.testdata.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OcrOptionTest {
  // A PDF whose fonts have no Unicode map: its text layer decodes to garbage.
  private static final Path GARBLED = TestData.path("corpus/wild/cyc2018-template-zh.pdf");

  @Test
  void anUnusableTextLayerFailsWithAHintToOcr() {
    Cli.Result r = Cli.run(ResumeConverter::standard, "", "parse", GARBLED.toString(), "--nlp=off");
    assertThat(r.code()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("no-text").contains("--ocr");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void ocrReachesThePdfReader() {
    Cli.Result r =
        Cli.run(ResumeConverter::standard, "", "parse", GARBLED.toString(), "--nlp=off", "--ocr");
    if (r.code() == Main.OK) {
      // tesseract is installed: the page was read from its image
      assertThat(r.out()).contains("\"ocr\"");
    } else {
      // no tesseract here: the reader says so instead of pretending the page was empty
      assertThat(r.err()).contains("tesseract");
    }
  }
}
