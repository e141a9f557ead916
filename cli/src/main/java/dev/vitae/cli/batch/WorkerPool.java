package dev.vitae.cli.batch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs jobs on at most {@code threads} threads at once, each under a deadline. Every job ends in
 * exactly one of two calls: {@code onDone} with its result, on the worker thread, when it finished
 * in time; or {@code onTimeout}, on the watchdog thread, when it did not. A job past its deadline
 * is interrupted (readers that check the flag stop early) and abandoned: its slot goes to the next
 * job on a fresh thread, and whatever it returns later is dropped. At most {@code maxAbandoned}
 * abandoned threads are replaced at once; past that a timed-out job keeps its slot until its thread
 * ends, so a run never holds more than {@code threads + maxAbandoned} worker threads.
 *
 * <p>{@link #submit} blocks while every slot is taken, which is what keeps a streaming producer
 * from queueing more than {@code threads} jobs. A job that throws (an {@link Error} such as running
 * out of memory: jobs catch their own exceptions) is recorded in {@link #failure()}.
 */
public final class WorkerPool implements AutoCloseable {
  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int TIMED_OUT = 2;

  private final Semaphore slots;
  private final @Nullable Duration timeout;
  private final int maxAbandoned;
  private final ExecutorService workers;
  private final ScheduledThreadPoolExecutor watchdog;
  private final AtomicInteger abandoned = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private long submitted;
  private long settled;

  /**
   * A pool.
   *
   * @param threads jobs run at once, at least 1
   * @param timeout how long one job may run; null for no limit
   * @param maxAbandoned timed-out threads replaced while they still run, at least 0
   */
  public WorkerPool(int threads, @Nullable Duration timeout, int maxAbandoned) {
    if (threads < 1 || maxAbandoned < 0) {
      throw new IllegalArgumentException("threads < 1 or maxAbandoned < 0");
    }
    this.slots = new Semaphore(threads);
    this.timeout = timeout;
    this.maxAbandoned = maxAbandoned;
    // Threads are made on demand and reused: an abandoned one is simply never handed back.
    this.workers = Executors.newCachedThreadPool(daemons("vitae-worker-"));
    this.watchdog = new ScheduledThreadPoolExecutor(1, daemons("vitae-watchdog-"));
    watchdog.setRemoveOnCancelPolicy(true);
  }

  /**
   * Runs {@code work} when a slot is free, blocking until then.
   *
   * @param work the job; it should catch its own exceptions
   * @param onDone gets the result when the job finished in time; it runs on the worker thread
   * @param onTimeout runs once on the watchdog thread when the job did not finish in time
   * @throws InterruptedException when interrupted while waiting for a slot
   */
  public <T> void submit(Supplier<T> work, Consumer<T> onDone, Runnable onTimeout)
      throws InterruptedException {
    Job<T> job = new Job<>(work, onDone, onTimeout);
    slots.acquire();
    synchronized (this) {
      submitted++;
    }
    try {
      workers.execute(job);
    } catch (RejectedExecutionException e) {
      slots.release();
      settle();
      throw e;
    }
  }

  /** Waits until every submitted job has called {@code onDone} or {@code onTimeout}. */
  public synchronized void awaitSettled() throws InterruptedException {
    while (settled < submitted) {
      wait();
    }
  }

  /** The first error a job or a handler threw, if any. */
  public @Nullable Throwable failure() {
    return failure.get();
  }

  /** Threads abandoned after their timeout that are still running. */
  int abandoned() {
    return abandoned.get();
  }

  /**
   * Interrupts running jobs and stops the watchdog; abandoned threads are daemons and not awaited.
   */
  @Override
  public void close() {
    workers.shutdownNow();
    watchdog.shutdownNow();
  }

  private synchronized void settle() {
    settled++;
    notifyAll();
  }

  private void fail(Throwable t) {
    failure.compareAndSet(null, t);
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One job and the race between its worker and the watchdog. */
  private final class Job<T> implements Runnable {
    private final Supplier<T> work;
    private final Consumer<T> onDone;
    private final Runnable onTimeout;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    // Guarded by this: the worker thread, whether it left the job, whether its slot was handed on.
    private @Nullable Thread thread;
    private boolean finished;
    private boolean slotHandedOn;

    Job(Supplier<T> work, Consumer<T> onDone, Runnable onTimeout) {
      this.work = Objects.requireNonNull(work, "work");
      this.onDone = Objects.requireNonNull(onDone, "onDone");
      this.onTimeout = Objects.requireNonNull(onTimeout, "onTimeout");
    }

    @Override
    public void run() {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      ScheduledFuture<?> alarm = null;
      if (timeout != null) {
        try {
          alarm = watchdog.schedule(this::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          // The pool is closing: the job runs without a deadline.
        }
      }
      T result = null;
      Throwable thrown = null;
      try {
        result = work.get();
      } catch (Throwable t) {
        thrown = t;
      }
      if (state.compareAndSet(RUNNING, DONE)) {
        if (alarm != null) {
          alarm.cancel(false);
        }
        try {
          if (thrown == null) {
            onDone.accept(result);
          } else {
            fail(thrown);
          }
        } catch (Throwable t) {
          fail(t);
        } finally {
          slots.release();
          settle();
        }
      } else {
        leaveAfterTimeout();
      }
    }

    // Watchdog thread.
    private void expire() {
      if (!state.compareAndSet(RUNNING, TIMED_OUT)) {
        return;
      }
      try {
        onTimeout.run();
      } catch (Throwable t) {
        fail(t);
      }
      synchronized (this) {
        if (!finished) {
          // set by the worker before the alarm is scheduled
          Objects.requireNonNull(thread, "thread").interrupt();
          if (abandoned.get() < maxAbandoned) {
            abandoned.incrementAndGet();
            slotHandedOn = true;
            slots.release();
          }
        }
      }
      settle();
    }

    // Worker thread, once its late result has been dropped.
    private synchronized void leaveAfterTimeout() {
      finished = true;
      // The interrupt was meant for this job, not for the next one this thread runs.
      Thread.interrupted();
      if (slotHandedOn) {
        abandoned.decrementAndGet();
      } else {
        slots.release();
      }
    }
  }
}
