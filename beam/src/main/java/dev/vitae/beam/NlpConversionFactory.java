package dev.vitae.beam;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpLayerProvider;
import dev.vitae.parser.DocumentParser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code --nlp=on}: the standard converter with the NLP layer of the {@link NlpLayerProvider} on
 * the class path, which is there when the job jar was built with {@code -Pnlp} (it adds the GPL-3.0
 * {@code vitae-nlp} module and its models; the default jar has neither). The layer is built once
 * per worker JVM and shared by every {@link ResumeFn} instance in it, as its models are large and
 * thread-safe.
 */
public final class NlpConversionFactory implements ConversionFactory {
  private static final long serialVersionUID = 1L;

  /** Where the layer comes from, and how a user gets it. */
  static final String MISSING =
      "--nlp=on: the NLP layer is not on the class path; build the job jar with -Pnlp"
          + " (adds the GPL-3.0 vitae-nlp module and its models) or run with --nlp=off";

  // One layer per worker JVM: DoFn instances come and go, the models should load once.
  private static @Nullable NlpLayer shared;

  private NlpConversionFactory() {}

  /**
   * The factory, after checking on the launching machine that {@code loader} sees a provider, so
   * that a jar without the layer fails before the job starts rather than on every worker.
   *
   * @throws IllegalArgumentException when no provider is on the class path; its message says how to
   *     get one
   */
  public static NlpConversionFactory require(ClassLoader loader) {
    if (NlpLayerProvider.find(loader).isEmpty()) {
      throw new IllegalArgumentException(MISSING);
    }
    return new NlpConversionFactory();
  }

  /**
   * The parser with default limits and the extractor with the shared layer.
   *
   * @throws IllegalStateException when the worker's class path has no provider (a jar other than
   *     the launcher's), or its models are missing
   */
  @Override
  public ResumeConverter create() {
    return ResumeConverter.of(DocumentParser.withDefaults(), ResumeExtractor.withNlp(layer()));
  }

  private static synchronized NlpLayer layer() {
    NlpLayer layer = shared;
    if (layer == null) {
      ClassLoader loader = NlpConversionFactory.class.getClassLoader();
      layer =
          NlpLayerProvider.find(Objects.requireNonNull(loader, "class loader"))
              .orElseThrow(() -> new IllegalStateException(MISSING))
              .create();
      shared = layer;
    }
    return layer;
  }
}
