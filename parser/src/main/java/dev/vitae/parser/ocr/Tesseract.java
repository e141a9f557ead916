package dev.vitae.parser.ocr;

import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.PlainLines;
import dev.vitae.parser.internal.TextNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The {@code tesseract} command (version 4 or later), run as a child process on one image at a
 * time: the image goes in on standard input, the text comes back on standard output. Nothing leaves
 * the machine. Each run is bounded in time and output; a run that takes too long is killed.
 * Thread-safe: every call starts its own process.
 */
public final class Tesseract {
  private static final String COMMAND = "tesseract";
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
  // A page of text is a few kilobytes; more than this is not a resume page.
  private static final int MAX_OUTPUT_BYTES = 1 << 20;

  // A line opening with one of these alone, then text: a bullet read as a letter or a mark.
  private static final Pattern BULLET_LOOKALIKE =
      Pattern.compile("(?m)^[ \\t]*[。©°«»·●○◦eo*][ \\t]+(?=\\S)");

  private final Path executable;
  private final String languages;
  private final Duration timeout;

  /**
   * A runner of {@code executable} with tesseract's {@code languages} list ({@code chi_sim+eng}),
   * each run stopped after {@code timeout}. Nothing is checked here; see {@link #find}.
   */
  public Tesseract(Path executable, String languages, Duration timeout) {
    this.executable = Objects.requireNonNull(executable, "executable");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The {@code tesseract} on the {@code PATH}, with those of the {@code +}-separated {@code
   * languages} that are installed. Empty when the command is missing, does not answer, or has none
   * of the languages.
   */
  public static Optional<Tesseract> find(String languages, Duration timeout) {
    Optional<Path> executable = onPath();
    if (executable.isEmpty()) {
      return Optional.empty();
    }
    Set<String> installed;
    try {
      installed = installedLanguages(executable.get());
    } catch (OcrException e) {
      return Optional.empty();
    }
    List<String> usable = new ArrayList<>();
    for (String language : languages.split("\\+")) {
      if (installed.contains(language)) {
        usable.add(language);
      }
    }
    if (usable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Tesseract(executable.get(), String.join("+", usable), timeout));
  }

  /** The languages this runner asks tesseract for. */
  public String languages() {
    return languages;
  }

  /**
   * The text tesseract reads in an image (PNG, TIFF or any format it knows), lines separated by
   * {@code \n} and paragraphs by blank lines.
   *
   * @throws OcrException when the command cannot start, fails, or takes longer than the timeout
   */
  public String recognize(byte[] image) throws OcrException {
    Objects.requireNonNull(image, "image");
    return run(List.of(executable.toString(), "-", "-", "-l", languages), image, timeout);
  }

  /**
   * Reads the image and makes its text the lines of page {@code page}: blank lines start blocks,
   * list markers (and the letters small bullets are misread as) become list items, spaces tesseract
   * puts between Han characters are removed. Lines are indexed from 0.
   */
  public List<Line> readLines(byte[] image, int page, ParseLimits limits) throws OcrException {
    LineSink sink = new LineSink(limits, true, page);
    String text = TextNormalizer.clean(recognize(image));
    // Small round bullets come back as look-alike characters; make them the bullet they are.
    PlainLines.read(BULLET_LOOKALIKE.matcher(text).replaceAll("• "), sink);
    return sink.lines();
  }

  private static Set<String> installedLanguages(Path executable) throws OcrException {
    String listing =
        run(List.of(executable.toString(), "--list-langs"), new byte[0], PROBE_TIMEOUT);
    Set<String> languages = new LinkedHashSet<>();
    for (String line : listing.split("\n")) {
      String name = line.strip();
      // The first line is a header ("List of available languages in ...").
      if (name.matches("[A-Za-z0-9_]+")) {
        languages.add(name);
      }
    }
    return languages;
  }

  private static Optional<Path> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, COMMAND);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String run(List<String> command, byte[] input, Duration limit)
      throws OcrException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    // One thread per page: the machine is shared, and pages are read one after another anyway.
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new OcrException("tesseract could not be started", false, e);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread writer = new Thread(() -> feed(process, input), "tesseract-input");
    Thread reader = new Thread(() -> drain(process.getInputStream(), output), "tesseract-output");
    writer.setDaemon(true);
    reader.setDaemon(true);
    writer.start();
    reader.start();
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new OcrException(
            "tesseract took longer than " + limit.toSeconds() + " s", true, null);
      }
      reader.join(PROBE_TIMEOUT.toMillis());
      if (reader.isAlive()) {
        process.destroyForcibly();
        throw new OcrException("tesseract output did not end", true, null);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new OcrException("interrupted while waiting for tesseract", false, e);
    }
    if (process.exitValue() != 0) {
      throw new OcrException("tesseract exited with status " + process.exitValue(), false, null);
    }
    synchronized (output) {
      return output.toString(StandardCharsets.UTF_8);
    }
  }

  private static void feed(Process process, byte[] input) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(input);
    } catch (IOException e) {
      // The process ended before reading everything; its exit status tells what went wrong.
    }
  }

  private static void drain(InputStream from, ByteArrayOutputStream to) {
    byte[] buffer = new byte[8192];
    try (from) {
      int n;
      while ((n = from.read(buffer)) >= 0) {
        synchronized (to) {
          if (to.size() + n <= MAX_OUTPUT_BYTES) {
            to.write(buffer, 0, n);
          }
        }
      }
    } catch (IOException e) {
      // The process was killed; what was read so far is discarded by the caller's failure.
    }
  }
}
