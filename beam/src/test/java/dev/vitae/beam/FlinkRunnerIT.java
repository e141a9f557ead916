package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on an embedded Flink cluster ({@code --flinkMaster=[local]}), two tasks in
 * parallel, against what {@code vitae batch} writes for each file. An IT because it starts a Flink
 * mini-cluster.
 */
class FlinkRunnerIT {
  @TempDir Path tmp;

  @Test
  void writesWhatBatchWritesAndDeadLettersTheHostileFiles() throws Exception {
    Corpus corpus = Corpus.layOut(tmp);
    Path out = tmp.resolve("out");

    VitaeBeamOptions options =
        PipelineOptionsFactory.fromArgs(
                "--runner=FlinkRunner",
                "--flinkMaster=[local]",
                "--parallelism=2",
                "--input=" + corpus.in,
                "--output=" + out.resolve("resumes"),
                "--deadLetter=" + out.resolve("failed"))
            .as(VitaeBeamOptions.class);

    PipelineResult result = VitaeBeam.create(options).run();

    assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    assertThat(result.getClass().getName()).startsWith("org.apache.beam.runners.flink.");
    assertThat(Corpus.resumesByName(out.resolve("resumes")))
        .containsExactlyInAnyOrderEntriesOf(corpus.expectedResumes());
    assertThat(Corpus.failuresByName(out.resolve("failed")))
        .containsExactlyInAnyOrderEntriesOf(corpus.expectedFailures());
    ConversionCounts counts = ConversionCounts.of(result);
    assertThat(counts.parsed()).isEqualTo(corpus.resumes.size());
    assertThat(counts.failed()).isEqualTo(corpus.hostile.size());
  }
}
