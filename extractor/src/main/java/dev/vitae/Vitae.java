package dev.vitae;

import dev.vitae.convert.Conversion;
import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpLayerProvider;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.ParseLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * vitae as a library: documents (PDF, DOCX, HTML, Markdown, text; English and Chinese) in, JSON
 * Resumes out.
 *
 * <pre>{@code
 * Vitae vitae = Vitae.builder().nlp(false).build();
 * Conversion conversion = vitae.parse(Path.of("cv.pdf"));
 * if (conversion.isParsed()) {
 *   String json = ResumeJson.write(conversion.requireResume());
 * } else {
 *   Failure failure = conversion.requireFailure(); // reason() and message(), never content
 * }
 * }</pre>
 *
 * <p>Build one instance and share it: {@link Builder#build()} prepares the readers, rules and (with
 * {@link Builder#nlp(boolean)}) the NLP layer once, and every {@code parse} method is thread-safe.
 * No {@code parse} method throws for a document's fault: an unreadable, encrypted, empty, oversized
 * or otherwise hostile document, a bug in extraction ({@link dev.vitae.parser.Reason#INTERNAL}) or
 * running out of memory on one ({@link dev.vitae.parser.Reason#TOO_LARGE}) come back as a {@link
 * dev.vitae.convert.Failure} that names the file and never quotes its content. There is no
 * per-document timeout here; a caller that needs one runs {@code parse} on a thread it can abandon.
 */
public final class Vitae {
  private final ResumeConverter converter;

  private Vitae(ResumeConverter converter) {
    this.converter = converter;
  }

  /** A builder with the defaults: no NLP, {@link ParseLimits#DEFAULT}, the standard rules. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and converts a file, named in its output ({@code meta.vitae.source.file}) and in messages
   * by the path as given.
   */
  public Conversion parse(Path file) {
    return parse(file, file.toString());
  }

  /**
   * Reads and converts a file.
   *
   * @param name how the document is named in its output and in messages
   */
  public Conversion parse(Path file, String name) {
    Objects.requireNonNull(file, "file");
    return Conversion.of(name, () -> converter.convert(file, name));
  }

  /**
   * Converts a document already in memory; the array is not modified.
   *
   * @param name the document's file name: named in its output and messages, and a hint to format
   *     detection (which trusts the bytes first)
   */
  public Conversion parse(byte[] bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    return Conversion.of(name, () -> converter.convert(bytes, name));
  }

  /**
   * Reads a stream to its end (at most {@link ParseLimits#maxBytes()} plus one byte) and converts
   * what it held. Does not close {@code in}.
   *
   * @param name the document's file name, as for {@link #parse(byte[], String)}
   */
  public Conversion parse(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    return Conversion.of(name, () -> converter.convert(in, name));
  }

  /**
   * The converter behind this facade, for front ends that run {@link Conversion#of} themselves
   * (under a timeout, for example).
   */
  public ResumeConverter converter() {
    return converter;
  }

  /** Configures a {@link Vitae}. Not thread-safe; each {@link #build()} makes a new instance. */
  public static final class Builder {
    private boolean nlp;
    private ParseLimits limits = ParseLimits.DEFAULT;
    private boolean ocr;
    private @Nullable ResumeExtractor extractor;
    private @Nullable ClassLoader classLoader;

    private Builder() {}

    /**
     * Whether the NLP layer (CoreNLP entities, OpenNLP language detection) checks what the rules
     * found; off by default. On needs the {@code dev.vitae:vitae-nlp} artifact (GPL-3.0-or-later)
     * on the class path, found through {@link NlpLayerProvider}.
     */
    public Builder nlp(boolean value) {
      this.nlp = value;
      return this;
    }

    /** Bounds on bytes, pages, lines and line length per document; {@link ParseLimits#DEFAULT}. */
    public Builder limits(ParseLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Whether PDF pages without a usable text layer are read by a local {@code tesseract}
     * (tesseract-ocr with the eng and chi_sim data); off by default.
     */
    public Builder ocr(boolean value) {
      this.ocr = value;
      return this;
    }

    /**
     * An extractor of the caller's own (a pipeline with other stages) instead of the standard one;
     * it must be thread-safe. Excludes {@link #nlp(boolean) nlp(true)}: build the layer into it.
     */
    public Builder extractor(ResumeExtractor value) {
      this.extractor = Objects.requireNonNull(value, "extractor");
      return this;
    }

    /** Where the NLP layer is looked up; by default the class loader that loaded {@link Vitae}. */
    public Builder classLoader(ClassLoader value) {
      this.classLoader = Objects.requireNonNull(value, "classLoader");
      return this;
    }

    /**
     * Builds the readers and the extractor, and with {@link #nlp(boolean) nlp(true)} loads the NLP
     * layer's models (a few seconds, about 200 MB of heap), once for the instance's lifetime.
     *
     * @throws IllegalStateException when the NLP layer is asked for and no {@link NlpLayerProvider}
     *     is on the class path, or its models are missing; or when both the NLP layer and a custom
     *     extractor are asked for
     */
    public Vitae build() {
      ResumeExtractor chosen = extractor;
      if (chosen != null && nlp) {
        throw new IllegalStateException(
            "nlp(true) and a custom extractor: build the NLP layer into the extractor instead");
      }
      if (chosen == null) {
        chosen = nlp ? ResumeExtractor.withNlp(loadedLayer()) : ResumeExtractor.standard();
      }
      return new Vitae(ResumeConverter.of(DocumentParser.withLimits(limits), chosen).withOcr(ocr));
    }

    private NlpLayer loadedLayer() {
      NlpLayer layer = nlpProvider().create();
      layer.load();
      return layer;
    }

    private NlpLayerProvider nlpProvider() {
      ClassLoader loader = classLoader;
      if (loader == null) {
        loader = Objects.requireNonNull(Vitae.class.getClassLoader(), "class loader");
      }
      return NlpLayerProvider.find(loader)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "nlp(true): no NLP layer on the class path; add the dev.vitae:vitae-nlp"
                          + " artifact (GPL-3.0-or-later) or build with nlp(false)"));
    }
  }
}
