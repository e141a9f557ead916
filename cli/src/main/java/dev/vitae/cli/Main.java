package dev.vitae.cli;

import dev.vitae.extractor.ResumeExtractor;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code vitae} command. Exit codes: {@value #OK} when every file was parsed, {@value #FAILED}
 * when some file failed, {@value #USAGE} for a usage error and {@value #INTERNAL} for an internal
 * error (a bug).
 */
@Command(
    name = "vitae",
    mixinStandardHelpOptions = true,
    version = ResumeExtractor.PARSER_VERSION,
    description = {
      "Reads resumes (PDF, Markdown, plain text, DOCX, HTML; English and Chinese) and writes"
          + " JSON Resume v1.0.0. Parsing never touches the network."
    },
    subcommands = {
      ParseCommand.class,
      BatchCommand.class,
      EvalCommand.class,
      ValidateCommand.class,
      LinesCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was parsed",
      "1:some file failed",
      "2:usage error",
      "3:internal error"
    })
public final class Main {
  /** Every file was parsed. */
  public static final int OK = 0;

  /** Some file failed; the others were written. */
  public static final int FAILED = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** A bug: something other than a document failed. */
  public static final int INTERNAL = 3;

  // Both are read from the parse result (verbosity), wherever on the line they were given.
  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only failures on stderr: no progress bar, no summary.")
  private boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description =
          "Also log each document's outcome and time, and the libraries' warnings, on stderr.")
  private boolean verbose;

  private Main() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line against the process's streams (UTF-8 whatever the platform charset) and
   * returns the exit code without exiting.
   */
  public static int run(String... args) {
    return run(processEnvironment(), args);
  }

  /** The process's streams (UTF-8 whatever the platform charset) and the standard converters. */
  static Environment processEnvironment() {
    Stdio.Out out = Stdio.stdout();
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return new Environment(
        Stdio.stdin(),
        out,
        err,
        isTerminal(System.console()),
        ResumeConverter::forMode,
        System.getenv());
  }

  /**
   * Whether the process runs in a terminal, so that a progress bar may be drawn. Before JDK 22 a
   * console exists only then; from JDK 22 on there is one whenever the JVM has a console at all,
   * and {@code Console.isTerminal()} (looked up, since this code targets Java 17) tells.
   */
  static boolean isTerminal(@Nullable Console console) {
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Runs the command line against test streams: no stdin, no progress bar, the standard converter.
   * Nothing is closed; both writers are flushed.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(
        new Environment(InputStream.nullInputStream(), out, err, false, ResumeConverter::forMode),
        args);
  }

  static int run(Environment env, String... args) {
    int code;
    try {
      code = commandLine(env).execute(args);
    } catch (RuntimeException | Error e) {
      // Picocli hands exceptions to the handler above; an Error (out of memory outside any one
      // document) ends up here, and exit 3 still says "a bug in vitae", as documented.
      env.err().println("vitae: internal error: " + Outcome.describe(e));
      code = INTERNAL;
    } finally {
      env.out().flush();
      env.err().flush();
    }
    // Output lost is a failure, reported here once for every command: one line, none for a reader
    // that went away (`| head`).
    if (env.out().checkError()) {
      boolean quiet = env.out() instanceof Stdio.Out stdout && stdout.brokenPipe();
      if (!quiet) {
        IOException failure = env.out() instanceof Stdio.Out stdout ? stdout.failure() : null;
        env.err()
            .println(
                "vitae: cannot write to stdout"
                    + (failure == null ? "" : ": " + failure.getMessage()));
        env.err().flush();
      }
      if (code == OK) {
        code = FAILED;
      }
    }
    return code;
  }

  /** The {@code vitae} command wired to {@code env}. */
  static CommandLine commandLine(Environment env) {
    Logging.configure(Logging.Verbosity.NORMAL, env.err());
    CommandLine cmd = new CommandLine(Main.class, new CommandFactory(env));
    cmd.setOut(env.out());
    cmd.setErr(env.err());
    // Picocli's AUTO already honours NO_COLOR; the environment is asked too, so that tests can.
    cmd.setColorScheme(Help.defaultColorScheme(env.colour() ? Help.Ansi.AUTO : Help.Ansi.OFF));
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionStrategy(
        parseResult -> {
          Logging.configure(verbosity(parseResult), env.err());
          return new CommandLine.RunLast().execute(parseResult);
        });
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // The type and where it was thrown, not the message: it may quote a document.
          env.err().println("vitae: internal error: " + Outcome.describe(e));
          return INTERNAL;
        });
    return cmd;
  }

  /**
   * A usage error as {@code git} and {@code jq} print one: a line that says what is wrong and a
   * line that says where help is, not the whole usage.
   */
  static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    String message = String.valueOf(e.getMessage()).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    // The command's own messages show names escaped already; picocli's quote the arguments as
    // given.
    err.println(name + ": " + FileNames.controlsEscaped(message));
    err.println("try '" + name + " --help'");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  // --quiet and --verbose may come before or after the subcommand's name.
  private static Logging.Verbosity verbosity(ParseResult parseResult) {
    boolean quiet = false;
    boolean verbose = false;
    ParseResult last = parseResult;
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      quiet |= p.hasMatchedOption("--quiet");
      verbose |= p.hasMatchedOption("--verbose");
      last = p;
    }
    if (quiet && verbose) {
      throw new ParameterException(
          last.commandSpec().commandLine(), "--quiet and --verbose contradict each other");
    }
    return quiet
        ? Logging.Verbosity.QUIET
        : verbose ? Logging.Verbosity.VERBOSE : Logging.Verbosity.NORMAL;
  }
}
