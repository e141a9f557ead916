package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.nlp.NlpModels;
import dev.vitae.parser.DocumentParser;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --nlp=off|on}, mixed into every command that extracts: whether the NLP layer (CoreNLP
 * entities, OpenNLP language detection) checks what the rules found. On by default when its models
 * are on the classpath, as they are in the bundled jar.
 */
final class NlpOption {
  /** The two settings of the layer. */
  enum Mode {
    OFF,
    ON
  }

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--nlp",
      paramLabel = "off|on",
      converter = ModeConverter.class,
      completionCandidates = ModeConverter.Names.class,
      description =
          "The NLP layer: named entities and language detection (default: on when its models are present).")
  private Mode mode;

  /** The mode asked for, or the default. */
  Mode mode() {
    if (mode == null) {
      return NlpModels.isAvailable() ? Mode.ON : Mode.OFF;
    }
    if (mode == Mode.ON && !NlpModels.isAvailable()) {
      throw new ParameterException(
          spec.commandLine(), "--nlp=on: the NLP models are not on the classpath");
    }
    return mode;
  }

  /**
   * The shipped converter for {@code mode}: the rules alone when off; with the NLP layer of {@link
   * NlpModels#standard()} when on.
   */
  static ResumeConverter standardConverter(Mode mode) {
    return mode == Mode.ON
        ? ResumeConverter.of(
            DocumentParser.withDefaults(), ResumeExtractor.withNlp(NlpModels.standard()))
        : ResumeConverter.standard();
  }

  /** The environment's converter for the chosen mode. */
  ResumeConverter converter(Environment env) {
    return env.converter(mode());
  }

  /** Reads {@code off} and {@code on}, in any case. */
  static final class ModeConverter implements ITypeConverter<Mode> {
    /** The values as written, for shell completion (picocli would offer the constants, OFF, ON). */
    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return List.of("off", "on").iterator();
      }
    }

    @Override
    public Mode convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "off" -> Mode.OFF;
        case "on" -> Mode.ON;
        default -> throw new TypeConversionException("expected off or on, got '" + value + "'");
      };
    }
  }
}
