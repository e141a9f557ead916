package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  private static final String GOLD =
      """
      {"basics": {"name": "Ada Lovelace", "email": "ada@example.com", "label": "Engineer"},
       "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-08"}]}
      """;
  private static final String HALF_RIGHT =
      """
      {"basics": {"name": "Ada Lovelace", "email": "someone@example.com"},
       "work": [{"name": "Acme", "position": "Manager", "startDate": "2019-08"}],
       "meta": {"vitae": {"source": {"languages": ["en"]}}}}
      """;

  @TempDir Path tmp;
  private Path gold;
  private Path pred;
  private Path docs;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    gold = Files.createDirectories(tmp.resolve("gold"));
    pred = Files.createDirectories(tmp.resolve("pred"));
    docs = Files.createDirectories(tmp.resolve("docs"));
  }

  @Test
  void perfectPredictionsScoreOneAndExitZero() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.txt.json"), GOLD);

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--min-f1", "0.99");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("micro-F1 1.000").contains("\n000_a ");
  }

  @Test
  void scoreBelowMinF1ExitsOne() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.md.json"), HALF_RIGHT);

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--min-f1", "0.9");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("below --min-f1");
  }

  @Test
  void goldWithoutPredictionCountsEverySlotAsMissed() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(gold.resolve("001_b.json"), GOLD);
    write(pred.resolve("000_a.json"), GOLD);
    Path json = tmp.resolve("out/report.json");

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("001_b: no prediction");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documents/1/id").asText()).isEqualTo("001_b");
    assertThat(report.at("/documents/1/micro/gold").asDouble()).isEqualTo(6.0);
    assertThat(report.at("/documents/1/micro/right").asDouble()).isZero();
    assertThat(report.at("/micro/recall").asDouble()).isEqualTo(0.5);
  }

  @Test
  void predictionsInSubfoldersPairByStem() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("batch/000_a.pdf.json"), GOLD);
    write(pred.resolve("batch/999_other.pdf.json"), GOLD);

    int code = run("--gold", gold.toString(), "--pred", pred.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("micro-F1 1.000")
        .contains("1 prediction files had no gold");
  }

  @Test
  void recordsFormatAndLanguageAttributes() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.md.json"), HALF_RIGHT);
    Path json = tmp.resolve("report.json");

    run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documents/0/attributes/format").asText()).isEqualTo("md");
    assertThat(report.at("/documents/0/attributes/language").asText()).isEqualTo("en");
  }

  @Test
  void indexPairsGoldWithThePredictionOfItsSourceFormat() throws IOException {
    write(gold.resolve("x.json"), GOLD);
    write(gold.resolve("index.tsv"), "gold\tfile\nx.json\tx.pdf\n");
    // The same stem in two formats: stem pairing would pick x.md, the index says x.pdf.
    write(pred.resolve("x.md.json"), GOLD);
    write(pred.resolve("x.pdf.json"), HALF_RIGHT);
    Path json = tmp.resolve("report.json");

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documents/0/id").asText()).isEqualTo("x");
    assertThat(report.at("/documents/0/micro/right").asDouble()).isEqualTo(3.0);
    assertThat(report.at("/documents/0/attributes/format").asText()).isEqualTo("pdf");
    assertThat(report.at("/documents/0/notes")).isEmpty();
  }

  @Test
  void indexResolvesTheSourceDocumentByItsName() throws IOException {
    write(gold.resolve("x.json"), GOLD);
    write(gold.resolve("index.tsv"), "x.json\tx.pdf\n");
    write(pred.resolve("sub/x.pdf.json"), "{}");
    write(docs.resolve("x.md"), "Ada Lovelace ada@example.com Engineer Acme 2019.08\n");
    // Only the PDF's text is read: it does not show the email.
    write(docs.resolve("sub/x.pdf"), "Ada Lovelace\nEngineer at Acme, 2019.08 - now\n");
    Path json = tmp.resolve("report.json");

    int code =
        run(
            "--gold",
            gold.toString(),
            "--pred",
            pred.toString(),
            "--docs",
            docs.toString(),
            "--json",
            json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/micro/gold").asDouble()).isEqualTo(5.0);
    assertThat(report.at("/documents/0/notes")).isEmpty();
  }

  @Test
  void indexedSourceWithoutPredictionCountsAsMissedInItsFormat() throws IOException {
    write(gold.resolve("x.json"), GOLD);
    write(gold.resolve("y.json"), GOLD);
    write(gold.resolve("index.tsv"), "gold\tfile\nx.json\tx.docx\n");
    write(pred.resolve("x.md.json"), GOLD);
    write(pred.resolve("y.txt.json"), GOLD);
    Path json = tmp.resolve("report.json");

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("x: no prediction x.docx.json: every gold slot counted as missed")
        .contains("y: not listed in index.tsv: paired by file stem");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documents/0/attributes/format").asText()).isEqualTo("docx");
    assertThat(report.at("/documents/0/micro/right").asDouble()).isZero();
    assertThat(report.at("/documents/1/micro/f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void indexNamingAMissingGoldFileIsAUsageError() throws IOException {
    write(gold.resolve("x.json"), GOLD);
    write(gold.resolve("index.tsv"), "gold\tfile\nx.json\tx.pdf\nz.json\tz.pdf\n");

    int code = run("--gold", gold.toString(), "--pred", pred.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("index.tsv lists z.json");
  }

  @Test
  void malformedIndexIsAUsageError() throws IOException {
    write(gold.resolve("x.json"), GOLD);
    write(gold.resolve("index.tsv"), "x.json x.pdf\n");

    int code = run("--gold", gold.toString(), "--pred", pred.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("index.tsv line 1");
  }

  @Test
  void printsTablesByFormatAndByFirstLanguage() throws IOException {
    write(gold.resolve("a.json"), GOLD);
    write(gold.resolve("b.json"), GOLD);
    write(gold.resolve("c.json"), GOLD);
    write(pred.resolve("a.pdf.json"), HALF_RIGHT);
    write(pred.resolve("b.md.json"), HALF_RIGHT);
    write(
        pred.resolve("c.pdf.json"),
        "{\"basics\": {\"name\": \"Ada Lovelace\"},"
            + " \"meta\": {\"vitae\": {\"source\": {\"languages\": [\"zh\", \"en\"]}}}}");
    Path json = tmp.resolve("report.json");

    run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    assertThat(out.toString())
        .contains("micro-F1 by format\nformat documents ")
        .containsPattern("\nmd +1 +0\\.600 ")
        .containsPattern("\npdf +2 ")
        .contains("micro-F1 by language\nlanguage documents ")
        .containsPattern("\nzh +1 +1\\.000 ");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documents/2/attributes/language").asText()).isEqualTo("zh");
    assertThat(report.at("/byAttribute/format/0/value").asText()).isEqualTo("md");
    assertThat(report.at("/byAttribute/format/1/documentCount").asInt()).isEqualTo(2);
    assertThat(report.at("/byAttribute/language/0/value").asText()).isEqualTo("en");
    assertThat(report.at("/byAttribute/language/0/precision").asDouble()).isEqualTo(0.6);
  }

  @Test
  void documentTextLeavesInvisibleGoldOutOfRecall() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.txt.json"), "{}");
    // The text shows every gold value but the email.
    write(docs.resolve("000_a.txt"), "Ada Lovelace\nEngineer at Acme, 2019.08 - now\n");
    Path json = tmp.resolve("report.json");

    int code =
        run(
            "--gold",
            gold.toString(),
            "--pred",
            pred.toString(),
            "--docs",
            docs.toString(),
            "--json",
            json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/micro/gold").asDouble()).isEqualTo(5.0);
    assertThat(report.at("/documents/0/attributes/format").asText()).isEqualTo("txt");
  }

  @Test
  void unreadableDocumentIsScoredWithoutExclusion() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.pdf.json"), "{}");
    write(docs.resolve("000_a.pdf"), "%PDF-broken");
    Path json = tmp.resolve("report.json");
    CommandLine cmd =
        new CommandLine(
            new EvalCommand(
                (file, name) -> {
                  throw new DocumentException(Reason.CORRUPT, name, "broken");
                }));

    int code =
        execute(
            cmd,
            "--gold",
            gold.toString(),
            "--pred",
            pred.toString(),
            "--docs",
            docs.toString(),
            "--json",
            json.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("000_a: source document not readable (corrupt)");
    assertThat(new ObjectMapper().readTree(json.toFile()).at("/micro/gold").asDouble())
        .isEqualTo(6.0);
  }

  @Test
  void unreadablePredictionIsCountedAsMissing() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(pred.resolve("000_a.txt.json"), "{ not json");

    int code = run("--gold", gold.toString(), "--pred", pred.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("micro-F1 0.000")
        .contains("prediction is not readable JSON");
  }

  @Test
  void missingDirectoryIsAUsageError() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);

    int code = run("--gold", gold.toString(), "--pred", tmp.resolve("nope").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--pred: not a directory");
  }

  @Test
  void emptyPredictionFolderIsAOneLineUsageError() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);

    Cli.Result result = Cli.run("eval", "--gold", gold.toString(), "--pred", pred.toString());

    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            Cli.lines(
                "vitae eval: --pred: no prediction in "
                    + pred
                    + " (no .json file, no JSON Resume line)",
                "try 'vitae eval --help'"));
  }

  @Test
  void readsPredictionsFromAJsonLinesFileAsParseJsonlWritesIt() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(gold.resolve("001_b.json"), GOLD);
    write(gold.resolve("002_c.json"), GOLD);
    Path lines = tmp.resolve("run/predictions.jsonl");
    write(
        lines,
        jsonLine(GOLD, "/somewhere/in/000_a.pdf")
            + jsonLine(HALF_RIGHT, "001_b.docx")
            + "{\"error\":{\"file\":\"002_c.md\",\"reason\":\"corrupt\",\"message\":\"x\"}}\n");
    Path json = tmp.resolve("report.json");

    int code =
        run("--gold", gold.toString(), "--pred", lines.toString(), "--json", json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documentCount").asInt()).isEqualTo(3);
    assertThat(report.at("/documents/0/micro/f1").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/documents/0/attributes/format").asText()).isEqualTo("pdf");
    assertThat(report.at("/documents/1/micro/f1").asDouble()).isBetween(0.01, 0.99);
    assertThat(out.toString()).contains("002_c: no prediction");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void readsJsonLinesShardsInAPredictionFolderAsTheBeamJobWritesThem() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    write(gold.resolve("sub/001_b.json"), GOLD);
    write(pred.resolve("resumes-00000-of-00002.jsonl"), jsonLine(GOLD, "000_a.txt"));
    write(pred.resolve("resumes-00001-of-00002.jsonl"), jsonLine(GOLD, "sub/001_b.pdf"));
    write(
        pred.resolve("dead-letters-00000-of-00001.jsonl"),
        "{\"file\":\"x.pdf\",\"reason\":\"encrypted\",\"message\":\"m\"}\n");
    Path json = tmp.resolve("report.json");

    int code = run("--gold", gold.toString(), "--pred", pred.toString(), "--json", json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/micro/f1").asDouble()).isEqualTo(1.0);
    assertThat(out.toString()).contains("2 gold documents scored with 2 prediction files");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aJsonLinesFileWithOnlyFailuresIsAnEmptyPrediction() throws IOException {
    write(gold.resolve("000_a.json"), GOLD);
    Path lines = tmp.resolve("failed.jsonl");
    write(lines, "{\"error\":{\"file\":\"000_a.md\",\"reason\":\"corrupt\",\"message\":\"x\"}}\n");

    int code = run("--gold", gold.toString(), "--pred", lines.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--pred: no prediction in " + lines);
  }

  // A prediction as one JSON line naming its source document, as vitae parse --jsonl writes it.
  private static String jsonLine(String resume, String sourceFile) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode node =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(resume);
    node.withObject("/meta/vitae/source").put("file", sourceFile);
    return mapper.writeValueAsString(node) + "\n";
  }

  @Test
  void missingOptionAndEmptyGoldAreUsageErrors() {
    assertThat(run("--gold", gold.toString())).isEqualTo(2);
    assertThat(run("--gold", gold.toString(), "--pred", pred.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no .json file");
  }

  @Test
  void manifestScoresEachRenderingAgainstItsGoldWithItsAttributes() throws IOException {
    Path corpus = renderedCorpus();
    Path json = tmp.resolve("report.json");

    int code = runManifest(corpus, "--json", json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documentCount").asInt()).isEqualTo(3);
    assertThat(report.at("/documents/0/id").asText()).isEqualTo("paper/en-1.html");
    assertThat(report.at("/documents/0/attributes/renderer").asText()).isEqualTo("paper");
    assertThat(report.at("/documents/0/attributes/half").asText()).isEqualTo("tuning");
    assertThat(report.at("/documents/1/attributes/format").asText()).isEqualTo("pdf");
    assertThat(report.at("/documents/2/attributes/language").asText()).isEqualTo("zh");
    assertThat(report.at("/documents/0/micro/f1").asDouble()).isEqualTo(1.0);
    assertThat(out.toString())
        .contains("micro-F1 by renderer", "F1 by renderer and group", "micro-F1 by half")
        .contains("worst 3 documents")
        // the zh rendering has no prediction: every slot missed, and it is the worst
        .containsPattern("(?m)^worst 3 documents.*\\n.*\\ntext/zh-1.txt +0\\.000 ");
    assertThat(err.toString()).contains("1 of 3 documents had no prediction");
  }

  @Test
  void halfScoresOnlyTheRenderersOfThatHalf() throws IOException {
    Path corpus = renderedCorpus();
    Path json = tmp.resolve("report.json");

    int code = runManifest(corpus, "--half", "check", "--json", json.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/documentCount").asInt()).isEqualTo(1);
    assertThat(report.at("/documents/0/id").asText()).isEqualTo("text/zh-1.txt");
  }

  @Test
  void manifestMisuseIsAUsageError() throws IOException {
    Path corpus = renderedCorpus();
    String manifest = corpus.resolve("manifest.tsv").toString();
    String[] base = {"--gold", gold.toString(), "--pred", pred.toString()};

    assertThat(run(concat(base, "--half", "check", "--manifest", manifest))).isEqualTo(2);
    assertThat(err.toString()).contains("--half needs --split");
    assertThat(run(concat(base, "--split", corpus.resolve("split.tsv").toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("--split and --half need --manifest");
    write(corpus.resolve("partial.tsv"), "renderer\thalf\npaper\ttuning\n");
    assertThat(
            run(
                concat(
                    base,
                    "--manifest",
                    manifest,
                    "--split",
                    corpus.resolve("partial.tsv").toString())))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no half for renderer text");
    write(corpus.resolve("bad.tsv"), "file\tgold\n");
    assertThat(run(concat(base, "--manifest", corpus.resolve("bad.tsv").toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("expected the header");
  }

  private int runManifest(Path corpus, String... more) {
    String[] args = {
      "--gold", gold.toString(),
      "--pred", pred.toString(),
      "--manifest", corpus.resolve("manifest.tsv").toString(),
      "--split", corpus.resolve("split.tsv").toString()
    };
    return run(concat(args, more));
  }

  // Two renderers, three documents of two gold files; the zh one has no prediction.
  private Path renderedCorpus() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(gold.resolve("en-1.json"), GOLD);
    write(gold.resolve("zh-1.json"), "{\"basics\": {\"name\": \"王思远\"}}");
    write(
        corpus.resolve("manifest.tsv"),
        """
        file\tgold\trenderer\tformat\tlang
        paper/en-1.html\ten-1.json\tpaper\thtml\ten
        paper/en-1.pdf\ten-1.json\tpaper\tpdf\ten
        text/zh-1.txt\tzh-1.json\ttext\ttxt\tzh
        """);
    write(corpus.resolve("split.tsv"), "renderer\thalf\npaper\ttuning\ntext\tcheck\n");
    write(corpus.resolve("paper/en-1.html"), "Ada Lovelace ada@example.com Engineer Acme 2019.08");
    write(corpus.resolve("text/zh-1.txt"), "王思远");
    write(pred.resolve("paper/en-1.html.json"), GOLD);
    write(pred.resolve("paper/en-1.pdf.json"), HALF_RIGHT);
    return corpus;
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private int run(String... args) {
    // Document texts are read as UTF-8 here, so these tests do not depend on the parser's readers.
    CommandLine cmd = new CommandLine(new EvalCommand((file, name) -> readUtf8(file)));
    return execute(cmd, args);
  }

  private static String readUtf8(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int execute(CommandLine cmd, String... args) {
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
