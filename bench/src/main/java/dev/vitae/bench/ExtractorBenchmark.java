package dev.vitae.bench;

import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.TextDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Documents per second through the standard extractor alone, on {@link TextDocument}s read once at
 * setup (PDF, Markdown and text alike, or one format), on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {
  /** Folders searched for documents, separated as in a class path. */
  @Param("testdata/corpus")
  public String corpus;

  /** Which documents: {@code ALL} or one {@link Corpus} name. */
  @Param({"ALL"})
  public String format;

  private final List<TextDocument> documents = new ArrayList<>();
  private ResumeExtractor extractor;
  private int next;

  /** Reads every document of the corpus once and builds the extractor. */
  @Setup
  public void setup() {
    DocumentParser parser = DocumentParser.withDefaults();
    for (Corpus kind : Corpus.values()) {
      if (!format.equals("ALL") && !format.equals(kind.name())) {
        continue;
      }
      for (Path file : kind.files(corpus)) {
        try {
          documents.add(parser.parse(file, file.toString()));
        } catch (DocumentException e) {
          // Unreadable files never reach the extractor.
        }
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no documents under " + corpus);
    }
    extractor = ResumeExtractor.standard();
  }

  /** Extracts the next document. */
  @Benchmark
  public Resume extract() {
    return extractor.extract(documents.get(next++ % documents.size()));
  }
}
