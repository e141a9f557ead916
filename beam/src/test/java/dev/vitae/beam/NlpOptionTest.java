package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --nlp}: the layer comes from the {@code NlpLayerProvider} on the class path (here {@link
 * CountingNlpProvider}; in a {@code -Pnlp} jar, vitae-nlp's), and its absence is a usage error.
 */
class NlpOptionTest {
  @TempDir Path tmp;

  @Test
  void runsTheRulesWithTheProvidersLayerWhenOn() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.md"), "# Jane Doe\n\njane@example.com\n\n## Experience\n");
    Files.writeString(in.resolve("b.txt"), "John Roe\nSoftware Engineer, Acme\n");
    Path out = tmp.resolve("out");
    int texts = CountingNlpProvider.TEXTS.get();

    VitaeBeamOptions options =
        PipelineOptionsFactory.fromArgs(
                "--nlp=ON",
                "--targetParallelism=2",
                "--input=" + in,
                "--output=" + out.resolve("cv"))
            .as(VitaeBeamOptions.class);
    PipelineResult.State state = VitaeBeam.create(options).run().waitUntilFinish();

    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    assertThat(CountingNlpProvider.TEXTS.get()).isGreaterThan(texts);
    // One layer per JVM, whatever the number of DoFn instances.
    assertThat(CountingNlpProvider.LAYERS.get()).isEqualTo(1);
    DocumentParser parser = DocumentParser.withDefaults();
    ResumeExtractor withNlp = ResumeExtractor.withNlp(CountingNlpProvider.layer());
    Map<String, String> expected = new TreeMap<>();
    for (String name : new String[] {"a.md", "b.txt"}) {
      expected.put(name, ResumeJson.write(withNlp.extract(parser.parse(in.resolve(name), name))));
    }
    assertThat(Corpus.resumesByName(out.resolve("cv"))).isEqualTo(expected);
    // The layer changed what was written: the rules' provenance says the model had its say.
    String rulesOnly =
        ResumeJson.write(
            ResumeExtractor.standard().extract(parser.parse(in.resolve("a.md"), "a.md")));
    assertThat(expected.get("a.md")).isNotEqualTo(rulesOnly);
  }

  @Test
  void isOffByDefault() {
    VitaeBeamOptions options =
        PipelineOptionsFactory.fromArgs("--input=in", "--output=out").as(VitaeBeamOptions.class);

    assertThat(options.getNlp()).isEqualTo("off");
    assertThat(VitaeBeam.conversion("off", getClass().getClassLoader()))
        .isNotInstanceOf(NlpConversionFactory.class);
  }

  @Test
  void saysHowToGetTheLayerWhenItIsNotOnTheClassPath() {
    // A loader that sees the JDK alone, as the default job jar sees no vitae-nlp.
    ClassLoader bare = new ClassLoader(null) {};

    assertThatThrownBy(() -> VitaeBeam.conversion("on", bare))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--nlp=on: the NLP layer is not on the class path; build the job jar with -Pnlp"
                + " (adds the GPL-3.0 vitae-nlp module and its models) or run with --nlp=off");
  }

  @Test
  void rejectsAnotherModeAsAUsageErrorOfOneLineAndAHint() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        VitaeBeam.run(
            new String[] {"--nlp=maybe", "--input=" + tmp, "--output=" + tmp.resolve("cv")},
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(VitaeBeam.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "vitae-beam: --nlp: expected off or on, got 'maybe'%ntry --help=VitaeBeamOptions%n"
                .formatted());
  }
}
