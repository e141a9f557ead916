package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.redact.Redactor;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ParseLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Stack;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --redact[=schools]}, mixed into the commands that write resumes: outputs for fair
 * screening, without the person's name, contacts, profiles, photo, street address and protected
 * attributes ({@link Redactor#personal()}); {@code --redact=schools} removes institution names too.
 * Off by default.
 */
final class RedactOption {
  /** What is removed. */
  enum Scope {
    /** The person and their protected attributes. */
    PERSONAL,
    /** Those and institution names. */
    SCHOOLS;

    /** The scope as the option and the batch manifest write it. */
    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(
      names = "--redact",
      arity = "0..1",
      fallbackValue = "personal",
      paramLabel = "schools",
      converter = ScopeConverter.class,
      preprocessor = AttachedOnly.class,
      completionCandidates = ScopeConverter.Names.class,
      description =
          "Remove the person (name, contacts, profiles, photo, street address) and their birth"
              + " date, age, gender, marital status, nationality and ethnicity from every field;"
              + " --redact=schools also removes institution names. See docs/redaction.md.")
  private @Nullable Scope scope;

  /** The scope asked for, or null when outputs are not redacted. */
  @Nullable Scope scope() {
    return scope;
  }

  /** The scope's key for the batch manifest ({@code personal}, {@code schools}), or null. */
  @Nullable String key() {
    Scope asked = scope;
    return asked == null ? null : asked.key();
  }

  /** {@code converter} redacting what it converts, or itself when redaction is off. */
  ResumeConverter apply(ResumeConverter converter) {
    if (scope == null) {
      return converter;
    }
    Redactor redactor =
        scope == Scope.SCHOOLS ? Redactor.personal().withSchools() : Redactor.personal();
    return new RedactingConverter(converter, redactor);
  }

  /** Another converter's resumes, redacted. Thread-safe when that converter is. */
  static final class RedactingConverter implements ResumeConverter {
    private final ResumeConverter converter;
    private final Redactor redactor;

    RedactingConverter(ResumeConverter converter, Redactor redactor) {
      this.converter = Objects.requireNonNull(converter, "converter");
      this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public Resume convert(Path file, String name) throws DocumentException {
      return redactor.redact(converter.convert(file, name));
    }

    @Override
    public Resume convert(InputStream in, String name) throws DocumentException {
      return redactor.redact(converter.convert(in, name));
    }

    @Override
    public ResumeConverter withLimits(ParseLimits limits) {
      return new RedactingConverter(converter.withLimits(limits), redactor);
    }

    @Override
    public ResumeConverter withOcr(boolean ocr) {
      return new RedactingConverter(converter.withOcr(ocr), redactor);
    }
  }

  /**
   * Takes a value only when attached ({@code --redact=schools}), so that {@code parse --redact
   * cv.pdf} does not read the file name as the option's value (picocli's {@code --edit[=EDITOR]}
   * recipe).
   */
  static final class AttachedOnly implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec spec, ArgSpec option, Map<String, Object> info) {
      if (" ".equals(info.get("separator"))) {
        args.push(Scope.PERSONAL.key());
      }
      return false;
    }
  }

  /** Reads {@code personal} and {@code schools}, in any case. */
  static final class ScopeConverter implements ITypeConverter<Scope> {
    /** The values as written, for shell completion. */
    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return List.of("schools").iterator();
      }
    }

    @Override
    public Scope convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "personal" -> Scope.PERSONAL;
        case "schools" -> Scope.SCHOOLS;
        default ->
            throw new TypeConversionException(
                "expected --redact or --redact=schools, got '" + value + "'");
      };
    }
  }
}
