package dev.vitae.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The raw text pull vitae is measured against: pulls the text out of every PDF with PDFBox alone
 * ({@link PDFTextStripper} as it comes, no layout) and reads every Markdown and text file as UTF-8,
 * on as many threads as {@code vitae batch}, and prints {@code raw: N files (F failed) in T s (R
 * docs/s)} on stdout.
 *
 * <p>{@code java -cp benchmarks.jar dev.vitae.bench.RawTextPull [--threads N] FOLDER...}
 */
public final class RawTextPull {
  private RawTextPull() {}

  /** Runs the pull over the folders given. */
  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--threads")) {
        threads = Integer.parseInt(args[++i]);
      } else {
        folders.add(Path.of(args[i]));
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile).filter(f -> Corpus.of(f) != null).forEach(files::add);
      }
    }
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Path file : files) {
        done.add(pool.submit(() -> pull(file, chars, failed)));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "raw: %d files (%d failed, %d chars) in %.2f s (%.1f docs/s)%n",
        files.size(),
        failed.get(),
        chars.get(),
        seconds,
        files.size() / seconds);
  }

  private static void pull(Path file, AtomicLong chars, AtomicLong failed) {
    try {
      if (Corpus.of(file) == Corpus.PDF) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
          chars.addAndGet(new PDFTextStripper().getText(doc).length());
        }
      } else {
        chars.addAndGet(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).length());
      }
    } catch (IOException | RuntimeException e) {
      failed.incrementAndGet();
    }
  }
}
