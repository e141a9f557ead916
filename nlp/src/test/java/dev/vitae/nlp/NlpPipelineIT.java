package dev.vitae.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.TextDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped layer end to end: the rules with the real models over a small document. */
class NlpPipelineIT {

  @Test
  void findsANameTheRulesTookForAHandle() throws Exception {
    String md =
        """
        Last updated 2015

        # Debarghya Das

        deedy@example.com | github.com/deedy

        ## Experience

        ### Facebook, Software Engineer

        - Built the news feed\
        """;
    DocumentParser parser = DocumentParser.withDefaults();
    TextDocument doc = parser.parse(md.getBytes(StandardCharsets.UTF_8), "cv.md");
    Resume resume = ResumeExtractor.withNlp(NlpModels.standard()).extract(doc);
    assertThat(resume.basics().name()).isEqualTo("Debarghya Das");
    assertThat(ResumeJson.write(resume)).contains("\"basics.name\":{\"by\":");
  }
}
