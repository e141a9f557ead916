package dev.vitae.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A per-document memory budget: the bytes the document's thread allocates while the document is
 * read and extracted, counted by the JVM ({@code com.sun.management.ThreadMXBean
 * #getCurrentThreadAllocatedBytes()}) and compared with {@link ParseLimits#maxMemory()} at cheap,
 * frequent checkpoints ({@link #check()}): the readers' line sink, the PDF reader's page and text
 * hooks, the stream PDFBox loads from, and between extraction stages. Past the budget, {@link
 * #check()} throws {@link Exceeded}, the stack unwinds to whoever opened the {@link Scope}, and the
 * document fails as {@link Reason#TOO_LARGE}; what it allocated is then unreachable.
 *
 * <p>Allocation is an upper bound of what the document holds live, so the default budget ({@link
 * ParseLimits#DEFAULT_MAX_MEMORY}, 512 MiB) sits far above what real resumes take: measured through
 * the whole read and extract path on 2026-12-07 over the 218 documents of {@code
 * testdata/corpus/seeds}, {@code corpus/wild} and {@code devcorpus/sample}, the median was 4 MB,
 * p99 45 MB and the maximum 121 MB (a 10-page scanned PDF); see {@code docs/memory.md}.
 *
 * <p>The checkpoints sit in library callbacks (PDFBox, commonmark) that carry nothing of ours, so
 * the open scope is the thread's. A scope opened while another is open on the same thread joins it:
 * the outer budget holds and only the outer scope's {@link Scope#close()} ends it. Where the JVM
 * cannot count a thread's allocation (not HotSpot, or counting turned off), there is no budget:
 * {@link #isSupported()} is false and every check passes.
 */
public final class MemoryBudget {
  // Bytes the current thread allocated since it started, bound to the platform's ThreadMXBean.
  private static final @Nullable MethodHandle ALLOCATED = allocatedBytes();
  private static final ThreadLocal<@Nullable Scope> OPEN = new ThreadLocal<>();

  private MemoryBudget() {}

  // The HotSpot extension is looked up by name, not linked: where it is missing, no budget.
  private static @Nullable MethodHandle allocatedBytes() {
    try {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      Class<?> extension = Class.forName("com.sun.management.ThreadMXBean");
      if (!extension.isInstance(bean)) {
        return null;
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodType test = MethodType.methodType(boolean.class);
      boolean supported =
          (boolean)
              lookup.findVirtual(extension, "isThreadAllocatedMemorySupported", test).invoke(bean);
      boolean enabled =
          (boolean)
              lookup.findVirtual(extension, "isThreadAllocatedMemoryEnabled", test).invoke(bean);
      if (!supported || !enabled) {
        return null;
      }
      MethodHandle allocated =
          lookup
              .findVirtual(
                  extension, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
              .bindTo(bean);
      return (long) allocated.invokeExact() >= 0 ? allocated : null;
    } catch (Throwable e) {
      // Any failure to find or call the extension means no budget.
      return null;
    }
  }

  /** Whether this JVM counts a thread's allocation, so that a budget holds. */
  public static boolean isSupported() {
    return ALLOCATED != null;
  }

  /**
   * Opens the current thread's budget of {@code maxBytes}, or joins the one already open. Close it
   * in a {@code finally} (try-with-resources) on the same thread.
   *
   * @throws IllegalArgumentException when {@code maxBytes} is not positive
   */
  public static Scope open(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    Scope outer = OPEN.get();
    if (outer != null) {
      return new Scope(outer);
    }
    Scope scope = new Scope(maxBytes, allocated());
    OPEN.set(scope);
    return scope;
  }

  /**
   * A checkpoint: passes when no budget is open on this thread or the thread is within it.
   *
   * @throws Exceeded when the thread has allocated more than its budget since the scope opened, and
   *     again at every later checkpoint of the scope
   */
  public static void check() {
    Scope scope = OPEN.get();
    if (scope != null) {
      scope.check();
    }
  }

  // Bytes the current thread allocated since it started; 0 when not counted.
  private static long allocated() {
    MethodHandle allocated = ALLOCATED;
    if (allocated == null) {
      return 0;
    }
    try {
      return (long) allocated.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // The method declares no checked exception.
      throw new IllegalStateException("cannot count the thread's allocation", e);
    }
  }

  /** One document's budget on one thread; not thread-safe. */
  public static final class Scope implements AutoCloseable {
    private final @Nullable Scope outer;
    private final long limit;
    private final long start;
    private boolean exceeded;
    private boolean closed;

    private Scope(long limit, long start) {
      this.outer = null;
      this.limit = limit;
      this.start = start;
    }

    private Scope(Scope outer) {
      this.outer = outer;
      this.limit = outer.limit;
      this.start = outer.start;
    }

    /** The budget in bytes (the outer scope's, for a scope that joined one). */
    public long limit() {
      return limit;
    }

    /** Bytes the thread allocated since the budget opened; 0 where allocation is not counted. */
    public long allocated() {
      return MemoryBudget.allocated() - start;
    }

    /**
     * Whether a checkpoint found the budget spent. Sticky: a library that caught {@link Exceeded}
     * and went on cannot hide it.
     */
    public boolean exceeded() {
      return outer != null ? outer.exceeded() : exceeded;
    }

    /**
     * Fails the document when a checkpoint found the budget spent, or the thread is past it now.
     *
     * @param file the document's name in the message
     * @throws DocumentException with {@link Reason#TOO_LARGE}
     */
    public void requireWithin(String file) throws DocumentException {
      try {
        check();
      } catch (Exceeded e) {
        throw e.toDocumentException(file);
      }
    }

    void check() {
      if (outer != null) {
        outer.check();
        return;
      }
      if (exceeded || (ALLOCATED != null && allocated() > limit)) {
        exceeded = true;
        throw new Exceeded(limit);
      }
    }

    /** Ends the budget, unless this scope joined an outer one. */
    @Override
    public void close() {
      if (outer == null && !closed) {
        closed = true;
        OPEN.remove();
      }
    }
  }

  /**
   * A checkpoint found the document's thread past its budget. Unchecked, as checkpoints sit in
   * callbacks that may not throw ours; whoever opened the scope turns it into a {@link
   * DocumentException} with {@link #toDocumentException(String)}. It has no stack trace: it may be
   * thrown many times over when a library catches it and goes on.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    Exceeded(long limit) {
      super("over the memory budget of " + megabytes(limit), null, false, false);
      this.limit = limit;
    }

    /** The budget that was spent, in bytes. */
    public long limit() {
      return limit;
    }

    /** The document's failure: {@link Reason#TOO_LARGE}, naming the budget, never the content. */
    public DocumentException toDocumentException(String file) {
      return new DocumentException(
          Reason.TOO_LARGE,
          file,
          "reading it allocated more than the memory budget of " + megabytes(limit),
          this);
    }

    private static String megabytes(long bytes) {
      return bytes % (1L << 20) == 0
          ? (bytes >> 20) + " MB"
          : String.format(Locale.ROOT, "%d bytes", bytes);
    }
  }
}
