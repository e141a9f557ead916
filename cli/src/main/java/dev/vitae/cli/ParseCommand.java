package dev.vitae.cli;

import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae parse FILE|- [-o OUT] [--pretty]}: one document to JSON on stdout or to a file.
 * Stdout carries the JSON and nothing else; a failure is one line on stderr, {@code vitae: <file>:
 * <reason-code>: <message>}, and exit code {@value Main#FAILED}.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parses one document and writes its JSON Resume to stdout (or to OUT).")
final class ParseCommand implements Callable<Integer> {
  private final Environment env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description = "The document to read; - reads stdin.")
  private String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the JSON to OUT (atomically) instead of stdout.")
  private Path output;

  @Option(names = "--pretty", description = "Indent the JSON.")
  private boolean pretty;

  @Mixin private NlpOption nlp;

  ParseCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() {
    Path file = inputPath();
    // Outside the try: a converter that cannot be built is a bug of vitae, not of this document.
    ResumeConverter converter = nlp.converter(env);
    Resume resume;
    try {
      resume = file == null ? converter.convert(env.in(), input) : converter.convert(file, input);
    } catch (DocumentException e) {
      return fail(Outcome.of(Path.of(input), e));
    } catch (RuntimeException | StackOverflowError e) {
      return fail(Outcome.internal(Path.of(input), e));
    }
    String json = pretty ? ResumeJson.writePretty(resume) : ResumeJson.write(resume);
    if (output == null) {
      env.out().println(json);
      env.out().flush();
      if (env.out().checkError()) {
        return fail(Outcome.failed(Path.of(input), Reason.OUTPUT, "cannot write to stdout"));
      }
      return Main.OK;
    }
    try {
      AtomicFiles.write(output, json + "\n");
      return Main.OK;
    } catch (IOException e) {
      return fail(Outcome.failed(Path.of(input), Reason.OUTPUT, "cannot write output: " + e));
    }
  }

  // Null for stdin.
  private Path inputPath() {
    if ("-".equals(input)) {
      return null;
    }
    try {
      return Path.of(input);
    } catch (InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "not a valid path: " + e.getReason());
    }
  }

  private int fail(Outcome outcome) {
    env.err().println("vitae: " + outcome.describe());
    return Main.FAILED;
  }
}
