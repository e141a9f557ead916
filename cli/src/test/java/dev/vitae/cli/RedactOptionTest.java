package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactOptionTest {
  private static final String RESUME =
      String.join(
          "\n",
          "Jordan Castellano",
          "jordan.castellano@example.org | +44 20 7946 0958 | github.com/jcastellano",
          "Gender: Female | Date of birth: 1990-01-01 | Nationality: Chilean",
          "Summary",
          "Jordan Castellano builds payment systems. Reach Jordan at jordan.castellano@example.org.",
          "Experience",
          "Acme Payments 2020 - 2023",
          "- Led the ledger rewrite; Castellano's design cut costs 30%",
          "- Marital status: married; relocated to London for Acme",
          "Education",
          "University of Leeds 2008 - 2012",
          "");

  @TempDir Path tmp;

  @Test
  void parseRedactsEveryFieldAndStillValidates() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "-", "--redact");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertRedacted(result.out());
    JsonNode counts = Json.parse(result.out()).at("/meta/vitae/redactions");
    assertThat(counts.path("name").asInt()).isPositive();
    assertThat(counts.path("email").asInt()).isPositive();
    assertThat(counts.path("maritalStatus").asInt()).isEqualTo(1);
    assertThat(counts.path("gender").isInt()).isTrue();
    assertThat(Json.parse(result.out()).at("/work/0").toString())
        .contains("[name]'s design cut costs 30%; relocated to London for Acme");
    assertThat(Json.parse(result.out()).has("basics")).isFalse();
    assertThat(counts.has("school")).isFalse();
    assertThat(CorpusFiles.schemaErrors(result.out())).isEmpty();
  }

  @Test
  void withoutTheOptionNothingIsRedacted() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "-");

    assertThat(result.out()).contains("Castellano").doesNotContain("redactions");
  }

  @Test
  void theOptionBeforeTheFileTakesNoValueFromIt() throws IOException {
    Path file = Files.writeString(tmp.resolve("cv.txt"), RESUME);

    Cli.Result result = Cli.run("parse", "--redact", file.toString());

    assertThat(result.code()).isEqualTo(Main.OK);
    assertRedacted(result.out());
  }

  @Test
  void schoolsAlsoRemovesInstitutions() {
    Cli.Result plain = Cli.runWithStdin(RESUME, "parse", "-", "--redact");
    Cli.Result schools = Cli.runWithStdin(RESUME, "parse", "-", "--redact=schools");

    assertThat(plain.out()).contains("Leeds");
    assertThat(schools.code()).isEqualTo(Main.OK);
    assertThat(schools.out()).doesNotContain("Leeds");
    assertThat(Json.parse(schools.out()).at("/meta/vitae/redactions/school").asInt()).isPositive();
    assertThat(CorpusFiles.schemaErrors(schools.out())).isEmpty();
  }

  @Test
  void anotherValueIsAUsageError() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "-", "--redact=everything");

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err()).contains("expected --redact or --redact=schools");
  }

  @Test
  void jsonLinesAreRedacted() {
    Cli.Result result = Cli.runWithStdin(RESUME, "parse", "--jsonl", "-", "--redact");

    assertThat(result.code()).isEqualTo(Main.OK);
    assertRedacted(result.out());
  }

  @Test
  void batchRedactsAndARerunWithTheOptionDoesNotKeepUnredactedOutputs() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Files.writeString(in.resolve("jordan.txt"), RESUME);

    assertThat(Cli.run("batch", in.toString(), "-o", out.toString()).code()).isEqualTo(Main.OK);
    assertThat(Files.readString(out.resolve("jordan.txt.json"))).contains("Castellano");

    Cli.Result redacted = Cli.run("batch", in.toString(), "-o", out.toString(), "--redact");
    assertThat(redacted.code()).isEqualTo(Main.OK);
    assertThat(redacted.err()).doesNotContain("unchanged");
    assertRedacted(Files.readString(out.resolve("jordan.txt.json")));

    Cli.Result again = Cli.run("batch", in.toString(), "-o", out.toString(), "--redact");
    assertThat(again.err()).contains("1 unchanged");
    assertRedacted(Files.readString(out.resolve("jordan.txt.json")));

    Cli.Result plain = Cli.run("batch", in.toString(), "-o", out.toString());
    assertThat(plain.err()).doesNotContain("unchanged");
    assertThat(Files.readString(out.resolve("jordan.txt.json"))).contains("Castellano");
  }

  private static void assertRedacted(String json) {
    assertThat(json)
        .contains("\"redactions\"")
        .doesNotContain("Jordan")
        .doesNotContain("Castellano")
        .doesNotContain("example.org")
        .doesNotContain("7946")
        .doesNotContain("jcastellano")
        .doesNotContain("Female")
        .doesNotContain("1990")
        .doesNotContain("Chilean")
        .doesNotContain("married");
  }
}
