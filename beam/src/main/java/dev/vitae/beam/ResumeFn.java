package dev.vitae.beam;

import dev.vitae.convert.Conversion;
import dev.vitae.convert.Failure;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Converts each file to one JSON Resume line on {@link #RESUMES}, or to one {@link
 * Failure#toJson()} line on {@link #DEAD_LETTERS}. Never throws for a file: each one goes through
 * {@link Conversion#of}, the step {@code vitae batch} runs, so a {@link DocumentException} keeps
 * its reason, a bug (or a stack overflow) becomes {@link Reason#INTERNAL} and running out of memory
 * {@link Reason#TOO_LARGE}, and one hostile file cannot fail the job. The {@link ResumeConverter}
 * is built once per instance in {@link #setup()}.
 */
public final class ResumeFn extends DoFn<ReadableFile, String> {
  private static final long serialVersionUID = 1L;

  /** One compact JSON Resume per converted file, as {@code vitae batch} writes it. */
  public static final TupleTag<String> RESUMES = new TupleTag<>("resumes") {};

  /** One {@link Failure#toJson()} line per file that failed, as {@code errors.jsonl} holds. */
  public static final TupleTag<String> DEAD_LETTERS = new TupleTag<>("deadLetters") {};

  private final InputRoot root;
  private final ConversionFactory factory;
  private final Counter parsed =
      Metrics.counter(ConversionCounts.NAMESPACE, ConversionCounts.PARSED);
  private final Counter failed =
      Metrics.counter(ConversionCounts.NAMESPACE, ConversionCounts.FAILED);
  private transient ResumeConverter converter;

  /**
   * A function that names files relative to {@code root} and converts them with what {@code
   * factory} builds.
   */
  public ResumeFn(InputRoot root, ConversionFactory factory) {
    this.root = Objects.requireNonNull(root, "root");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Builds the parser and extractor once for this instance, reused for every file it gets. */
  @Setup
  public void setup() {
    converter = Objects.requireNonNull(factory.create(), "the factory returned no converter");
  }

  /** Converts one file; its output goes to exactly one of the two tags. */
  @ProcessElement
  public void process(@Element ReadableFile file, MultiOutputReceiver out) {
    String name = root.requireName(file.getMetadata().resourceId().toString());
    Conversion conversion = Conversion.of(name, () -> convert(file, name));
    if (!conversion.isParsed()) {
      deadLetter(out, conversion.requireFailure());
      return;
    }
    parsed.inc();
    out.get(RESUMES).output(ResumeJson.write(conversion.requireResume()));
  }

  private Resume convert(ReadableFile file, String name) throws DocumentException {
    // UNCOMPRESSED is set by the caller, so these are the file's own bytes, as batch reads them.
    try (InputStream in = Channels.newInputStream(file.open())) {
      return converter.convert(in, name);
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read input: " + e.getMessage(), e);
    }
  }

  private void deadLetter(MultiOutputReceiver out, Failure failure) {
    failed.inc();
    Metrics.counter(
            ConversionCounts.NAMESPACE, ConversionCounts.FAILED_PREFIX + failure.reason().code())
        .inc();
    out.get(DEAD_LETTERS).output(failure.toJson());
  }
}
