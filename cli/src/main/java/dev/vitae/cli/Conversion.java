package dev.vitae.cli;

import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document through a converter under a run's {@link Limits}: a {@link Resume}, or the outcome
 * of a failed document. Never throws for a document's fault, for a bug in extraction (reported as
 * {@link Reason#INTERNAL}) or for running out of memory on it ({@link Reason#TOO_LARGE}); only
 * other JVM errors escape.
 *
 * @param resume the document's resume, or null when it failed
 * @param failure why it failed, or null when it was parsed
 */
record Conversion(@Nullable Resume resume, @Nullable Outcome failure) {
  private static final Logger LOG = LoggerFactory.getLogger(Conversion.class);

  Conversion {
    if ((resume == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of resume and failure");
    }
  }

  /**
   * The resume of a conversion that did not fail.
   *
   * @throws IllegalStateException when the conversion failed
   */
  Resume requireResume() {
    if (resume == null) {
      throw new IllegalStateException("a failed conversion has no resume");
    }
    return resume;
  }

  /**
   * Converts a file.
   *
   * @param converter already bounded by {@code limits.parse()}
   * @param name the document's name in its output and in messages
   */
  static Conversion of(ResumeConverter converter, Limits limits, Path file, Path name) {
    long start = System.nanoTime();
    return logged(convert(converter, limits, file, name), name, start);
  }

  private static Conversion convert(
      ResumeConverter converter, Limits limits, Path file, Path name) {
    try {
      return checked(converter.convert(file, ErrorLog.slashed(name)), limits, name);
    } catch (DocumentException e) {
      return new Conversion(null, Outcome.of(name, e));
    } catch (RuntimeException | StackOverflowError e) {
      // Hostile input can break any stage; the bug is reported and the run goes on.
      return new Conversion(null, Outcome.internal(name, e));
    } catch (OutOfMemoryError e) {
      return new Conversion(null, outOfMemory(name));
    }
  }

  /** Converts a stream read to its end (not closed), such as stdin. */
  static Conversion of(ResumeConverter converter, Limits limits, InputStream in, Path name) {
    long start = System.nanoTime();
    return logged(convert(converter, limits, in, name), name, start);
  }

  private static Conversion convert(
      ResumeConverter converter, Limits limits, InputStream in, Path name) {
    try {
      return checked(converter.convert(in, ErrorLog.slashed(name)), limits, name);
    } catch (DocumentException e) {
      return new Conversion(null, Outcome.of(name, e));
    } catch (RuntimeException | StackOverflowError e) {
      return new Conversion(null, Outcome.internal(name, e));
    } catch (OutOfMemoryError e) {
      return new Conversion(null, outOfMemory(name));
    }
  }

  // --verbose: the file's name, its outcome and the time; never anything the document says.
  private static Conversion logged(Conversion conversion, Path name, long start) {
    if (LOG.isDebugEnabled()) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      Outcome failure = conversion.failure();
      LOG.debug(
          "{}: {} in {} ms",
          FileNames.shown(name),
          failure == null ? "parsed" : failure.requireReason().code(),
          ms);
    }
    return conversion;
  }

  // The document's objects are unreachable once the stack has unwound to here, so the heap is
  // back for the next document: the document fails, not the process.
  private static Outcome outOfMemory(Path name) {
    return Outcome.failed(name, Reason.TOO_LARGE, "ran out of memory reading it");
  }

  // The reader stops at the page limit; with --max-pages a longer document fails instead.
  private static Conversion checked(Resume resume, Limits limits, Path name) {
    Objects.requireNonNull(resume, "the converter returned no resume");
    int pages = pages(resume);
    if (limits.failOverPages() && pages > limits.parse().maxPages()) {
      return new Conversion(
          null,
          Outcome.failed(
              name,
              Reason.TOO_LARGE,
              pages + " pages, over the limit of " + limits.parse().maxPages()));
    }
    return new Conversion(resume, null);
  }

  private static int pages(Resume resume) {
    Meta meta = resume.meta();
    VitaeMeta vitae = meta == null ? null : meta.vitae();
    if (vitae == null || vitae.source() == null || vitae.source().pages() == null) {
      return 1;
    }
    return vitae.source().pages();
  }
}
