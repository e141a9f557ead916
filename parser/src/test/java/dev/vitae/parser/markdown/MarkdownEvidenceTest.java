package dev.vitae.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEvidenceTest {

  @Test
  void takesHeadingsAndLinksAsMarkdown() {
    assertThat(
            MarkdownEvidence.looksLikeMarkdown(
                "# Jane Doe\n\n## Experience\n\n- Built [Atlas](https://atlas.dev)\n"))
        .isTrue();
  }

  @Test
  void takesHeadingsAndListsAsMarkdown() {
    assertThat(
            MarkdownEvidence.looksLikeMarkdown(
                "# Jane\n\n## Skills\n\n- Java\n- Go\n\n## Work\n\n- Acme\n"))
        .isTrue();
  }

  @Test
  void takesStrongEmphasisAndCodeAsMarkdown() {
    assertThat(
            MarkdownEvidence.looksLikeMarkdown(
                "Jane\n\n**Experience**\n\nUsed `kubectl` and **Kafka** daily\n"))
        .isTrue();
  }

  @Test
  void takesTablesAsMarkdown() {
    assertThat(MarkdownEvidence.looksLikeMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n")).isTrue();
  }

  @Test
  void keepsPlainTextWithBulletsPlain() {
    String text =
        """
        Jane Doe
        Senior Engineer

        EXPERIENCE
        Acme | 2019 - Present
        - Built the billing system
        - Led a team of 5
        - Cut costs by 20% -> savings
        * Mentored juniors
        1. Award one
        2. Award two

        EDUCATION
        MIT | 2015
        """;
    assertThat(MarkdownEvidence.looksLikeMarkdown(text)).isFalse();
  }

  @Test
  void keepsPlainTextWithOneHashtagLinePlain() {
    assertThat(MarkdownEvidence.looksLikeMarkdown("Jane\n# 1 in sales\n- did x\n- did y\n"))
        .isFalse();
  }
}
