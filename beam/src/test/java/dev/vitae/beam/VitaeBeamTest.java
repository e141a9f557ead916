package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.ExtractionPipeline;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.Slot;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.TextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the DirectRunner, against what {@code vitae batch} writes for each file. */
class VitaeBeamTest {
  @TempDir Path tmp;

  static PipelineResult.State run(ConversionFactory factory, String... args) {
    return start(factory, args).getState();
  }

  /** Runs the job to its end and returns its result, for its metrics. */
  static PipelineResult start(ConversionFactory factory, String... args) {
    VitaeBeamOptions options = PipelineOptionsFactory.fromArgs(args).as(VitaeBeamOptions.class);
    PipelineResult result = VitaeBeam.create(options, factory).run();
    result.waitUntilFinish();
    return result;
  }

  @Test
  void writesWhatBatchWritesAndDeadLettersTheHostileFiles() throws Exception {
    Corpus corpus = Corpus.layOut(tmp);
    // The outputs go inside the input folder, next to a leftover that must not be read back.
    Path out = corpus.in.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("resumes-old.txt"), "Jane Doe\njane@example.com\n");
    Counting.CREATED.set(0);

    PipelineResult result =
        start(
            new Counting(),
            // Two threads whatever the machine, so instances are fewer than files.
            "--targetParallelism=2",
            "--input=" + corpus.in,
            "--output=" + out.resolve("resumes"),
            "--deadLetter=" + out.resolve("failed"));

    assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
    assertThat(Corpus.resumesByName(out.resolve("resumes")))
        .containsExactlyInAnyOrderEntriesOf(corpus.expectedResumes());
    assertThat(Corpus.failuresByName(out.resolve("failed")))
        .containsExactlyInAnyOrderEntriesOf(corpus.expectedFailures());
    // The counters say the same, and are what main prints at the end.
    ConversionCounts counts = ConversionCounts.of(result);
    Map<String, Long> byReason = new TreeMap<>();
    corpus.expectedFailures().values().forEach(code -> byReason.merge(code, 1L, Long::sum));
    assertThat(counts.parsed()).isEqualTo(corpus.resumes.size());
    assertThat(counts.failed()).isEqualTo(corpus.hostile.size());
    assertThat(counts.failedByReason()).isEqualTo(byReason).containsKeys("empty-file", "encrypted");
    // Built once per DoFn instance (the DirectRunner keeps one per thread), not once per file.
    assertThat(Counting.CREATED.get())
        .isPositive()
        .isLessThan(corpus.resumes.size() + corpus.hostile.size());
  }

  @Test
  void namesFilesRelativeToTheFolderBeforeTheFirstWildcard() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("2024/a"));
    Files.createDirectories(in.resolve("2025"));
    Files.writeString(in.resolve("2024/a/cv.md"), "# Jane Doe\n");
    Files.writeString(in.resolve("2024/a/cv.txt"), "Jane Doe\n");
    Files.writeString(in.resolve("2025/cv.md"), "# John Roe\n");
    Path out = tmp.resolve("out");

    run(
        ConversionFactory.standard(),
        "--input=" + in + "/20*/**.md",
        "--output=" + out.resolve("cv"));

    assertThat(Corpus.resumesByName(out.resolve("cv")).keySet())
        .containsExactlyInAnyOrder("2024/a/cv.md", "2025/cv.md");
    // --deadLetter defaults to <output>-errors; nothing failed, so it holds no line.
    assertThat(Corpus.lines(out.resolve("cv-errors"))).isEmpty();
  }

  @Test
  void aBugInExtractionBecomesAnInternalDeadLetterAndTheJobGoesOn() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Jane Doe\n");
    Files.writeString(in.resolve("b.md"), "# John Roe\n");
    Path out = tmp.resolve("out");

    PipelineResult.State state =
        run(
            () ->
                ResumeConverter.of(
                    DocumentParser.withDefaults(),
                    new ResumeExtractor(new ExtractionPipeline(List.of(new Failing())))),
            "--input=" + in,
            "--output=" + out.resolve("resumes"),
            "--deadLetter=" + out.resolve("failed"));

    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    assertThat(Corpus.lines(out.resolve("resumes"))).isEmpty();
    assertThat(Corpus.failuresByName(out.resolve("failed")))
        .isEqualTo(Map.of("a.txt", "internal", "b.md", "internal"));
    assertThat(Corpus.lines(out.resolve("failed")))
        .allSatisfy(
            line ->
                assertThat(Corpus.read(line).path("message").asText())
                    .startsWith("unexpected IllegalStateException at ")
                    .doesNotContain("Doe", "Roe"));
  }

  /** A stage that breaks on every document, quoting it, as a buggy rule might. */
  static final class Failing implements Extractor {
    @Override
    public Set<Slot> requires() {
      return Set.of();
    }

    @Override
    public Set<Slot> provides() {
      return Set.of();
    }

    @Override
    public void extract(TextDocument doc, ResumeDraft draft) {
      throw new IllegalStateException("cannot handle " + doc.lines().get(0).text());
    }
  }

  /** Counts the conversions it builds; a static counter, as the DirectRunner copies the factory. */
  static final class Counting implements ConversionFactory {
    private static final long serialVersionUID = 1L;
    static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public ResumeConverter create() {
      CREATED.incrementAndGet();
      return ResumeConverter.standard();
    }
  }
}
