package dev.vitae.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Where log lines go: vitae and its libraries log through SLF4J, bound to {@code java.util.logging}
 * ({@code slf4j-jdk14}), whose levels can change while the process runs; here its one handler
 * writes each record as one line on the run's stderr. {@link Verbosity#NORMAL} shows vitae's
 * messages (a batch's summary) and nothing from libraries; {@link Verbosity#QUIET} only warnings
 * and errors; {@link Verbosity#VERBOSE} also vitae's per-document lines and the libraries'
 * warnings. Nothing is ever logged to stdout. vitae's own lines never carry resume content, only
 * file names, counts and times.
 */
final class Logging {
  /** How much goes to stderr. */
  enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  // Held: java.util.logging keeps loggers weakly, and their levels would go with them.
  private static final Logger ROOT = Logger.getLogger("");
  private static final Logger VITAE = Logger.getLogger("dev.vitae");
  private static final String VITAE_PREFIX = "dev.vitae";
  // Longer library messages are cut: they are for debugging, and a document's text has no place.
  private static final int MAX_LIBRARY_MESSAGE = 200;

  @SuppressWarnings("UnusedVariable") // held, never read: see above
  private static final List<Logger> HELD = List.of(ROOT, VITAE);

  private Logging() {}

  /** Sends every log record to {@code err}, at the levels {@code verbosity} says. */
  static synchronized void configure(Verbosity verbosity, PrintWriter err) {
    Objects.requireNonNull(err, "err");
    for (Handler handler : ROOT.getHandlers()) {
      ROOT.removeHandler(handler);
    }
    ROOT.addHandler(new LineHandler(err));
    // PDFBox and friends log every oddity of a hostile PDF; outcomes already report failures.
    ROOT.setLevel(verbosity == Verbosity.VERBOSE ? Level.WARNING : Level.OFF);
    VITAE.setLevel(
        switch (verbosity) {
          case QUIET -> Level.WARNING;
          case NORMAL -> Level.INFO;
          case VERBOSE -> Level.FINE;
        });
  }

  /** One line per record: {@code vitae: message}, with the level and source where it helps. */
  private static final class LineHandler extends Handler {
    private final PrintWriter err;

    LineHandler(PrintWriter err) {
      this.err = err;
      setLevel(Level.ALL);
    }

    @Override
    public void publish(@Nullable LogRecord record) {
      if (record == null || !isLoggable(record)) {
        return;
      }
      err.println(format(record));
      err.flush();
    }

    private static String format(LogRecord record) {
      // slf4j-jdk14 hands over the message with its arguments already in place.
      String message = String.valueOf(record.getMessage());
      String name = String.valueOf(record.getLoggerName());
      Level level = record.getLevel();
      StringBuilder line = new StringBuilder("vitae: ");
      if (level.intValue() < Level.INFO.intValue()) {
        line.append("debug: ");
      }
      if (name.startsWith(VITAE_PREFIX)) {
        line.append(message);
      } else {
        line.append(level.getName().toLowerCase(Locale.ROOT))
            .append(" from ")
            .append(name)
            .append(": ")
            .append(
                FileNames.shown(
                    message.length() > MAX_LIBRARY_MESSAGE
                        ? message.substring(0, MAX_LIBRARY_MESSAGE) + "..."
                        : message));
      }
      Throwable thrown = record.getThrown();
      if (thrown != null) {
        // The type and where, never the text: it may quote a document.
        line.append(" (").append(Outcome.describe(thrown)).append(')');
      }
      return line.toString();
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}
