package dev.vitae.parser.markdown;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reader golden files for Markdown ({@link ReaderGolden}): each document is written here, one per
 * class of layout the reader must read faithfully.
 */
class MarkdownGoldenTest {
  private static final Source SOURCE = Source.named("cv.md", "text/markdown");

  @Test
  void headingsNestedListsAndATable() throws Exception {
    String markdown =
        """
        # Jane Doe

        Data Engineer · [jane@example.org](mailto:jane@example.org)

        ## Experience

        ### Acme Corporation
        *Software Engineer*, 2019 – 2021

        - Built the billing system
          - in Java
            - on Kubernetes
          - with **Kafka**
        - Cut the cloud bill by a third

        1. First ordered item
        2. Second ordered item

        Skills
        ------

        | Skill | Level |
        |-------|-------|
        | Java  | Expert |
        | SQL   | Good  |

        ## Education

        | School | Degree | Years |
        |--------|--------|-------|
        | Cornell University | BS in Computer Science | 2010 – 2014 |
        | MIT | MS in Data Science | 2014 – 2016 |
        """;

    ReaderGolden.assertMatches("markdown/lists-headings-table", read(markdown));
  }

  private static TextDocument read(String markdown) throws DocumentException {
    return new MarkdownReader()
        .read(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), SOURCE);
  }
}
