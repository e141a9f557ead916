package dev.vitae.parser.text;

import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reader golden file for icons in plain text ({@link ReaderGolden}): emoji and symbols. */
class IconCuesGoldenTest {
  private static final Source SOURCE = Source.named("cv.txt", FormatDetector.PLAIN_TEXT);

  @Test
  void emojiAndSymbolsBecomeCuesAndLeaveTheText() throws Exception {
    String text =
        """
        张三
        📧 zhangsan@example.com  📱 138-0000-0000
        ⌂ 上海市浦东新区  🌐 zhangsan.dev

        Jane Doe
        ✉ jane@example.org ☎ +1 555 0100 ⌖ Berlin, Germany
        """;

    ReaderGolden.assertMatches(
        "text/icon-contacts",
        new PlainTextReader()
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SOURCE));
  }
}
