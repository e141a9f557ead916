package dev.vitae.parser.text;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reader golden files for plain text ({@link ReaderGolden}): each document is written here, one per
 * class of layout the reader must read faithfully.
 */
class PlainTextGoldenTest {
  private static final Source SOURCE = Source.named("cv.txt", "text/plain");

  @Test
  void asciiRuleHeadingsAreHeadingsWithALevel() throws Exception {
    String text =
        """
        Jane Doe
        ========
        jane@example.org

        SKILLS ------------------------------
        Java, SQL, Kubernetes

        Experience
        ----------
        Acme Corporation, Software Engineer

        *** Education ***
        BS in Computer Science, Cornell University

        ==== Projects ====
        A compiler for a toy language, written in Rust.
        --------------------------------------
        Languages
        """;

    ReaderGolden.assertMatches("text/ascii-rules", read(text));
  }

  @Test
  void allCapsAndIndentedHeadingsAreHeadings() throws Exception {
    String text =
        """
                              JANE DOE
                    Berlin, Germany | jane@example.org

        SUMMARY
        Backend engineer who likes boring, reliable systems.

        EXPERIENCE
        Acme Corporation
          Software Engineer, 2019 - 2021
          - Built the billing system
          - Cut the cloud bill by a third

            EDUCATION
        Cornell University
          BS in Computer Science
        Skills: AWS, SQL, HTML
        IBM
        AWS, GCP, SQL
        SKILLS & TOOLS:
        I AM A SENTENCE IN CAPITALS THAT GOES ON AND ON AND IS NOT A HEADING AT ALL.
        """;

    ReaderGolden.assertMatches("text/caps-indented-headings", read(text));
  }

  @Test
  void tabAlignedColumnsAreCells() throws Exception {
    String text =
        "EXPERIENCE\n"
            + "Acme Corporation\tSoftware Engineer\t2019 - 2021\n"
            + "Initech\t\tData Engineer\t2016 - 2018\n"
            + "Skills ........ Java, SQL\n"
            + "Plain prose with  two spaces is one cell.\n";

    ReaderGolden.assertMatches("text/tab-columns", read(text));
  }

  private static TextDocument read(String text) throws DocumentException {
    return new PlainTextReader()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SOURCE);
  }
}
