package dev.vitae.bench;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.markdown.MarkdownReader;
import dev.vitae.parser.pdf.PdfReader;
import dev.vitae.parser.text.PlainTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
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
 * Documents per second through each reader alone (bytes already in memory to {@link TextDocument},
 * no format detection, no extraction), on one thread, cycling over the corpus's files of that
 * format. Files the reader rejects are left out at setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {
  /** Folders searched for documents, separated as in a class path. */
  @Param("testdata/corpus")
  public String corpus;

  /** Which reader. */
  @Param({"PDF", "MARKDOWN", "TEXT"})
  public Corpus format;

  private DocumentReader reader;
  private String mediaType;
  private final List<byte[]> documents = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private int next;

  /** Reads the corpus's files into memory, keeping those the reader accepts. */
  @Setup
  public void setup() throws IOException {
    ParseLimits limits = ParseLimits.DEFAULT;
    switch (format) {
      case PDF -> {
        reader = new PdfReader(limits);
        mediaType = FormatDetector.PDF;
      }
      case MARKDOWN -> {
        reader = new MarkdownReader(limits);
        mediaType = reader.supportedTypes().iterator().next();
      }
      default -> {
        reader = new PlainTextReader(limits);
        mediaType = reader.supportedTypes().iterator().next();
      }
    }
    for (Path file : format.files(corpus)) {
      byte[] bytes = Files.readAllBytes(file);
      Source source = new Source(file.toString(), mediaType, "", bytes.length);
      try {
        reader.read(new ByteArrayInputStream(bytes), source);
        documents.add(bytes);
        sources.add(source);
      } catch (DocumentException e) {
        // Not a readable document of this format: not what is being measured.
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no " + format + " documents under " + corpus);
    }
  }

  /** Reads the next document. */
  @Benchmark
  public TextDocument read() throws DocumentException {
    int i = next++ % documents.size();
    return reader.read(new ByteArrayInputStream(documents.get(i)), sources.get(i));
  }
}
