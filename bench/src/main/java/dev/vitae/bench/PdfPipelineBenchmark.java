package dev.vitae.bench;

import dev.vitae.convert.Conversion;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.ResumeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDF ratio of {@code scripts/bench.sh} once the JIT has warmed up: documents per second of the
 * raw text pull ({@link PDFTextStripper} over the bytes) and of what {@code vitae batch} does per
 * document in memory (detect, read with layout, extract, write JSON), on the same PDFs, one thread.
 * An end-to-end run of a few thousand documents on two cores spends much of its CPU compiling; this
 * says what is left when it no longer does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class PdfPipelineBenchmark {
  /** Folders searched for PDFs, separated as in a class path. */
  @Param("testdata/corpus")
  public String corpus;

  private final List<byte[]> documents = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private ResumeConverter converter;
  private int next;

  /** Reads every PDF of the corpus into memory and builds the parser and extractor. */
  @Setup
  public void setup() throws IOException {
    for (Path file : Corpus.PDF.files(corpus)) {
      documents.add(Files.readAllBytes(file));
      names.add(file.toString());
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no PDFs under " + corpus);
    }
    converter = ResumeConverter.standard();
  }

  /** The raw text of the next PDF. */
  @Benchmark
  public String raw() throws IOException {
    try (PDDocument doc = Loader.loadPDF(documents.get(next++ % documents.size()))) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * The JSON Resume of the next PDF, or null for one vitae rejects (as the raw pull reads it),
   * through the step every front end runs.
   */
  @Benchmark
  public @Nullable String vitae() {
    int i = next++ % documents.size();
    byte[] bytes = documents.get(i);
    String name = names.get(i);
    return Conversion.of(name, () -> converter.convert(bytes, name))
        .findResume()
        .map(ResumeJson::write)
        .orElse(null);
  }
}
