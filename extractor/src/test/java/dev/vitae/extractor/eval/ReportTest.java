package dev.vitae.extractor.eval;

import static dev.vitae.extractor.eval.ScorerTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final String GOLD =
      "{\"basics\": {\"name\": \"Ada\", \"email\": \"ada@example.com\"}, \"skills\":"
          + " [{\"keywords\": [\"Go\"]}]}";

  private final Scorer scorer = new Scorer();

  @Test
  void poolsSlotsOverDocuments() {
    Report report = sample();

    assertThat(report.counts()).isEqualTo(new Counts(4, 5, 7));
    assertThat(report.group(Group.BASICS).counts()).isEqualTo(new Counts(3, 4, 5));
    assertThat(ScorerTest.slot(report.documents().get(0), Field.NAME))
        .isEqualTo(new Counts(1, 1, 1));
    assertThat(report.groups()).hasSize(Group.values().length);
  }

  @Test
  void splitsByAttribute() {
    Map<String, Report> byFormat = sample().byAttribute("format");

    assertThat(byFormat).containsOnlyKeys("markdown", "pdf", Report.UNKNOWN);
    assertThat(byFormat.get("pdf").counts()).isEqualTo(new Counts(3, 3, 3));
    assertThat(byFormat.keySet()).containsExactly("markdown", "pdf", Report.UNKNOWN);
  }

  @Test
  void rendersTextTables() {
    String text = ReportWriter.toText(sample());

    assertThat(text).startsWith("micro-F1 0.667");
    assertThat(text)
        .contains("\nbasics ", "\n  location.city ", "\ndoc-1 ", "F1 by document and group");
    assertThat(text).contains("\nnotes\n  doc-3: no prediction\n");
    assertThat(text).contains("\nmicro-F1 by format\nformat   documents ");
    assertThat(text).containsPattern("\npdf +1 +1\\.000 +1\\.000 +1\\.000 ");
    assertThat(text).containsPattern("\nunknown +1 +0\\.000 +0\\.000 +0\\.000 ");
    // A slot absent from both sides shows no figure.
    assertThat(text).containsPattern("\n  url +- +- +- ");
  }

  @Test
  void rendersJson() {
    ObjectNode json = ReportWriter.toJson(sample());

    assertThat(json.get("documentCount").asInt()).isEqualTo(3);
    assertThat(json.at("/micro/gold").asDouble()).isEqualTo(7.0);
    assertThat(json.at("/groups/0/group").asText()).isEqualTo("basics");
    assertThat(json.at("/groups/0/slots/0/slot").asText()).isEqualTo("name");
    assertThat(json.at("/documents/0/attributes/format").asText()).isEqualTo("pdf");
    assertThat(json.at("/documents/2/notes/0").asText()).isEqualTo("no prediction");
    assertThat(json.at("/byAttribute/format/1/value").asText()).isEqualTo("pdf");
    assertThat(json.at("/byAttribute/format/1/documentCount").asInt()).isEqualTo(1);
    assertThat(json.at("/byAttribute/format/1/f1").asDouble()).isEqualTo(1.0);
    assertThat(ReportWriter.toJsonString(sample())).contains("\"documents\"");
  }

  @Test
  void poolsChosenSlotsOfADocument() {
    DocumentScore partial = sample().documents().get(1);

    assertThat(partial.counts(Set.of(Field.NAME, Field.SKILL))).isEqualTo(new Counts(1, 1, 2));
    assertThat(partial.counts(Set.of())).isEqualTo(Counts.ZERO);
  }

  @Test
  void listsTheWorstDocumentsWithTheirLargestLosses() {
    String text = ReportWriter.toText(sample());

    assertThat(text).contains("\nworst 3 documents, with their largest losses\n");
    // doc-3 predicted nothing: its name is missed; doc-2 has a wrong email and a missed skill.
    assertThat(text).containsPattern("\ndoc-3 +0\\.000  basics\\.name 1\\.0 / 0\\.0\n");
    assertThat(text)
        .containsPattern(
            "\ndoc-2 +0\\.[0-9]+  basics\\.email 1\\.0 / 1\\.0, skills\\.term 1\\.0 / 0\\.0\n");
    assertThat(text.indexOf("\ndoc-3 ", text.indexOf("worst 3")))
        .isLessThan(text.indexOf("\ndoc-2 ", text.indexOf("worst 3")));
    assertThat(text).contains("\nF1 by format and group\nformat  ");
  }

  @Test
  void crossesRenderersWithFormats() {
    JsonNode gold = json(GOLD);
    DocumentScore html =
        scorer
            .score("a/x.html", gold, gold)
            .withAttribute("renderer", "a")
            .withAttribute("format", "html");
    DocumentScore pdf =
        scorer
            .score("a/x.pdf", gold, json("{}"))
            .withAttribute("renderer", "a")
            .withAttribute("format", "pdf");
    DocumentScore other =
        scorer
            .score("b/x.pdf", gold, gold)
            .withAttribute("renderer", "b")
            .withAttribute("format", "pdf");

    String text = ReportWriter.toText(new Report(List.of(html, pdf, other)));

    assertThat(text)
        .contains(
            """

            micro-F1 by renderer and format
            renderer     html      pdf
            a           1.000    0.000
            b               -    1.000
            """);
    assertThat(ReportWriter.toText(sample())).doesNotContain("by renderer and format");
  }

  @Test
  void largeReportsLeaveThePerDocumentTablesToTheJson() {
    JsonNode gold = json(GOLD);
    List<DocumentScore> many = new ArrayList<>();
    for (int i = 0; i <= ReportWriter.MAX_LISTED_DOCUMENTS; i++) {
      many.add(scorer.score("doc-" + i, gold, gold));
    }

    String text = ReportWriter.toText(new Report(many));

    assertThat(text).doesNotContain("F1 by document and group");
    assertThat(text).contains("worst " + ReportWriter.WORST_DOCUMENTS + " documents");
  }

  private Report sample() {
    JsonNode gold = json(GOLD);
    DocumentScore exact = scorer.score("doc-1", gold, gold).withAttribute("format", "pdf");
    DocumentScore partial =
        scorer
            .score(
                "doc-2",
                gold,
                json("{\"basics\": {\"name\": \"Ada\", \"email\": \"x@example.com\"}}"))
            .withAttribute("format", "markdown");
    DocumentScore missing =
        scorer
            .score("doc-3", json("{\"basics\": {\"name\": \"Bob\"}}"), json("{}"))
            .withNote("no prediction");
    return new Report(List.of(exact, partial, missing));
  }
}
