package dev.vitae.convert;

import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.MemoryBudget;
import dev.vitae.parser.Reason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What became of one document: its {@link Resume} (with its warnings and provenance in {@code
 * meta.vitae}), or a {@link Failure}. {@link #of} is the one "convert and report" step that every
 * front end runs, so that a failure is described the same way everywhere (Tika's {@code
 * PipesResult}).
 *
 * @param file the document's name as the caller gave it
 * @param resume the document's resume, or null when it failed
 * @param failure why it failed, or null when it was converted
 */
public record Conversion(String file, @Nullable Resume resume, @Nullable Failure failure) {

  /**
   * Checks that exactly one of resume and failure is present.
   *
   * @throws IllegalArgumentException when both or neither are
   */
  public Conversion {
    Objects.requireNonNull(file, "file");
    if ((resume == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of resume and failure");
    }
  }

  /** A document's work: reads and extracts it, and may throw what a {@link ResumeConverter} may. */
  @FunctionalInterface
  public interface Work {
    /**
     * Converts the document.
     *
     * @throws DocumentException when it cannot be read as a document
     */
    Resume convert() throws DocumentException;
  }

  /**
   * Runs {@code work} and reports what became of the document. Never throws for the document's
   * fault: a {@link DocumentException} keeps its reason; a runtime exception or a stack overflow (a
   * bug, or a library failing on hostile input) is {@link Reason#INTERNAL}; a spent {@link
   * MemoryBudget} and running out of memory are {@link Reason#TOO_LARGE}, as the document's objects
   * are unreachable once the stack has unwound to here. Only other JVM errors escape.
   *
   * @param file the document's name in messages
   */
  public static Conversion of(String file, Work work) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(work, "work");
    try {
      return parsed(file, Objects.requireNonNull(work.convert(), "the work returned no resume"));
    } catch (DocumentException e) {
      return failed(Failure.of(file, e));
    } catch (MemoryBudget.Exceeded e) {
      return failed(Failure.of(file, e.toDocumentException(file)));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(Failure.internal(file, e));
    } catch (OutOfMemoryError e) {
      return failed(Failure.outOfMemory(file));
    }
  }

  /** A document that became {@code resume}. */
  public static Conversion parsed(String file, Resume resume) {
    return new Conversion(file, Objects.requireNonNull(resume, "resume"), null);
  }

  /** A document that failed. */
  public static Conversion failed(Failure failure) {
    return new Conversion(failure.file(), null, failure);
  }

  /**
   * This conversion, or a {@link Reason#TOO_LARGE} failure when its resume has more pages than
   * {@code maxPages}. The readers stop at the page limit and warn "truncated"; a caller that wants
   * such a document to fail instead calls this with the same limit.
   */
  public Conversion withinPages(int maxPages) {
    if (resume == null) {
      return this;
    }
    int pages = pages(resume);
    return pages > maxPages ? failed(Failure.overPages(file, pages, maxPages)) : this;
  }

  /** Whether the document became a resume. */
  public boolean isParsed() {
    return resume != null;
  }

  /** The resume, if the document was converted. */
  public Optional<Resume> findResume() {
    return Optional.ofNullable(resume);
  }

  /**
   * The resume of a conversion that did not fail.
   *
   * @throws IllegalStateException when the conversion failed
   */
  public Resume requireResume() {
    if (resume == null) {
      throw new IllegalStateException("a failed conversion has no resume");
    }
    return resume;
  }

  /** The failure, if the document failed. */
  public Optional<Failure> findFailure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The failure of a conversion that failed.
   *
   * @throws IllegalStateException when the document was converted
   */
  public Failure requireFailure() {
    if (failure == null) {
      throw new IllegalStateException("a converted document has no failure");
    }
    return failure;
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
