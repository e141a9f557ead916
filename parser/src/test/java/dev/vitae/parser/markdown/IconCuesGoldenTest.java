package dev.vitae.parser.markdown;

import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reader golden file for icons in Markdown ({@link ReaderGolden}): emoji and icon images with alt
 * text label the contact details.
 */
class IconCuesGoldenTest {
  private static final Source SOURCE = Source.named("cv.md", FormatDetector.MARKDOWN);

  @Test
  void emojiAndIconImagesBecomeCuesAndLeaveTheText() throws Exception {
    String markdown =
        """
        # Jane Doe

        ✉️ jane@example.org · 📞 +1 555 0100 · 📍 Berlin, Germany
        ![GitHub](icons/gh.svg) [janedoe](https://github.com/janedoe) | ![linkedin](in.svg) jane-doe
        🔗 jane.dev

        ![Jane at the 2019 summit in Lisbon](photo.jpg)

        ## 工作经历

        - ☎ 是公司电话的一部分吗？不：它标注的是后面的号码 010-1234-5678
        """;

    ReaderGolden.assertMatches(
        "markdown/icon-contacts",
        new MarkdownReader()
            .read(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), SOURCE));
  }
}
