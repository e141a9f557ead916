package dev.vitae.bench.devcorpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders every gold JSON Resume of a folder with each of our own renderers.
 *
 * <p>{@code RenderGold GOLD_DIR OUT_DIR} reads every {@code *.json} in {@code GOLD_DIR} (sorted by
 * name, not recursive) and writes {@code OUT_DIR/<renderer>/<stem>.<ext>} for each renderer of
 * {@link Renderers#all()}, creating folders and overwriting files; the same gold always gives the
 * same bytes. It prints one summary line on stderr and exits 0; with wrong arguments it prints the
 * usage and exits 2; a gold that cannot be read stops the run (exit 1) naming the file.
 */
public final class RenderGold {
  private RenderGold() {}

  /** What a run did. */
  public record Summary(int golds, int renderers, int files) {}

  /** The command line entry point. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: RenderGold GOLD_DIR OUT_DIR");
      System.exit(2);
    }
    Path goldDir = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    if (!Files.isDirectory(goldDir)) {
      System.err.println("RenderGold: not a folder: " + goldDir);
      System.exit(2);
    }
    long start = System.nanoTime();
    try {
      Summary summary = render(goldDir, outDir, Renderers.all());
      report(System.err, summary, outDir, (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      System.err.println("RenderGold: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Renders the golds of a folder with the renderers given.
   *
   * @throws IOException when a gold cannot be read or parsed (the message names it), or an output
   *     cannot be written
   */
  public static Summary render(Path goldDir, Path outDir, List<Renderer> renderers)
      throws IOException {
    List<Path> golds;
    try (Stream<Path> list = Files.list(goldDir)) {
      golds =
          list.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().endsWith(".json"))
              .sorted()
              .toList();
    }
    int files = 0;
    for (Path file : golds) {
      Gold gold;
      try {
        gold = Gold.read(file);
      } catch (IOException e) {
        throw new IOException("cannot read gold " + file + ": " + e.getMessage(), e);
      }
      for (Renderer renderer : renderers) {
        Path folder = outDir.resolve(renderer.name());
        Files.createDirectories(folder);
        Files.write(
            folder.resolve(gold.stem() + "." + renderer.extension()), renderer.render(gold));
        files++;
      }
    }
    return new Summary(golds.size(), renderers.size(), files);
  }

  static void report(PrintStream err, Summary summary, Path outDir, double seconds) {
    err.printf(
        Locale.ROOT,
        "RenderGold: %d gold files x %d renderers = %d documents in %s (%.1f s)%n",
        summary.golds(),
        summary.renderers(),
        summary.files(),
        outDir,
        seconds);
  }
}
