package dev.vitae.cli;

import dev.vitae.convert.ResumeConverter;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link TextConverter} with two ways to be slow: a document starting with {@code SLEEP} waits
 * until interrupted (a reader that checks the flag), and one starting with {@code SPIN} burns CPU
 * for five seconds whatever happens (a reader that never checks it).
 */
final class SlowConverter implements ResumeConverter {
  static final String SLEEP = "SLEEP";
  static final String SPIN = "SPIN";

  private final TextConverter text = new TextConverter();

  @Override
  public Resume convert(Path file, String name) throws DocumentException {
    String content;
    try {
      content = Files.readString(file);
    } catch (IOException e) {
      throw new DocumentException(Reason.IO, name, "cannot read file", e);
    }
    if (content.startsWith(SLEEP)) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        throw new DocumentException(Reason.CORRUPT, name, "interrupted", e);
      }
    }
    if (content.startsWith(SPIN)) {
      long end = System.nanoTime() + 5_000_000_000L;
      long spins = 0;
      while (System.nanoTime() < end) {
        spins++;
      }
      throw new DocumentException(Reason.CORRUPT, name, "spun " + Long.signum(spins));
    }
    return text.convert(file, name);
  }

  @Override
  public Resume convert(InputStream in, String name) throws DocumentException {
    return text.convert(in, name);
  }
}
