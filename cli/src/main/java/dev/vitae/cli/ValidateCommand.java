package dev.vitae.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae validate FILE|-}: checks any JSON Resume, vitae's or not, against the bundled JSON
 * Resume v1.0.0 schema ({@link ResumeSchema}). Exit {@value Main#OK} when it is valid; {@value
 * Main#FAILED} when it is not, with one {@code /json/pointer: message} line per violation on
 * stdout, or when it is not JSON at all (one line on stderr, with the line and column, never the
 * text); {@value Main#USAGE} when the file cannot be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON Resume against the JSON Resume v1.0.0 schema bundled with vitae.",
      "Prints one '/json/pointer: message' line per violation on stdout and exits 1 when it is"
          + " invalid; prints nothing on stdout and exits 0 when it is valid."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ValidateCommand.class);
  // Bounded like a document: a JSON Resume is small, and stdin may be anything.
  private static final long MAX_BYTES = 64L << 20;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Environment env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description = "The JSON Resume to check; - reads stdin.")
  private String input;

  ValidateCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() {
    String shown = "-".equals(input) ? "-" : FileNames.shown(file());
    byte[] bytes = read(shown);
    JsonNode resume;
    try {
      resume = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      // Where, not what: Jackson's message quotes the text it stumbled on.
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? ""
              : String.format(
                  Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
      env.err().println("vitae: " + shown + ": not JSON" + where);
      return Main.FAILED;
    } catch (IOException e) {
      env.err().println("vitae: " + shown + ": cannot read: " + IoMessages.describe(e));
      return Main.FAILED;
    }
    if (resume == null || resume.isMissingNode()) {
      env.err().println("vitae: " + shown + ": not JSON: empty");
      return Main.FAILED;
    }
    List<String> violations = ResumeSchema.violations(resume);
    for (String violation : violations) {
      env.out().println(violation);
    }
    env.out().flush();
    if (violations.isEmpty()) {
      LOG.info("{}: valid JSON Resume v1.0.0", shown);
      return Main.OK;
    }
    LOG.info("{}: {} schema violation(s)", shown, violations.size());
    return Main.FAILED;
  }

  private Path file() {
    try {
      return FileNames.argument(input);
    } catch (InvalidPathException e) {
      throw usage("not a valid path: " + FileNames.shown(input));
    }
  }

  private byte[] read(String shown) {
    byte[] bytes;
    try {
      if ("-".equals(input)) {
        bytes = readBounded(env.in()); // stdin stays open: it is not ours
      } else {
        try (InputStream in = Files.newInputStream(file())) {
          bytes = readBounded(in);
        }
      }
    } catch (IOException e) {
      throw usage("cannot read " + shown + ": " + IoMessages.describe(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw usage(shown + ": larger than " + (MAX_BYTES >> 20) + " MiB: not a JSON Resume");
    }
    return bytes;
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes((int) MAX_BYTES + 1);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
