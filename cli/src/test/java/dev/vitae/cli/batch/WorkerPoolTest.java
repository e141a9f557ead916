package dev.vitae.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkerPoolTest {
  @Test
  void everyJobEndsInExactlyOneCall() throws InterruptedException {
    List<String> calls = new CopyOnWriteArrayList<>();
    try (WorkerPool pool = new WorkerPool(3, Duration.ofMillis(100), 3)) {
      for (int i = 0; i < 20; i++) {
        int n = i;
        pool.submit(
            () -> {
              if (n % 5 == 0) {
                sleepUninterruptibly(400);
              }
              return n;
            },
            result -> calls.add("done " + result),
            () -> calls.add("timeout " + n));
      }
      pool.awaitSettled();
      assertThat(pool.failure()).isNull();
    }
    assertThat(calls).hasSize(20).doesNotHaveDuplicates();
    assertThat(calls.stream().filter(call -> call.startsWith("timeout")))
        .containsExactlyInAnyOrder("timeout 0", "timeout 5", "timeout 10", "timeout 15");
  }

  @Test
  void timedOutJobIsInterruptedAndItsSlotGoesToTheNextJob() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch next = new CountDownLatch(1);
    try (WorkerPool pool = new WorkerPool(1, Duration.ofMillis(50), 1)) {
      pool.submit(
          () -> {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              interrupted.countDown();
            }
            return "late";
          },
          result -> {
            throw new AssertionError("a late result must be dropped");
          },
          () -> {});
      pool.submit(() -> "next", result -> next.countDown(), () -> {});
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
      pool.awaitSettled();
      assertThat(pool.failure()).isNull();
    }
  }

  @Test
  void abandonedThreadsAreBoundedAndTheirInterruptDoesNotLeak() throws InterruptedException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger interruptedAtStart = new AtomicInteger();
    try (WorkerPool pool = new WorkerPool(1, Duration.ofMillis(30), 1)) {
      for (int i = 0; i < 6; i++) {
        pool.submit(
            () -> {
              if (Thread.currentThread().isInterrupted()) {
                interruptedAtStart.incrementAndGet();
              }
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              sleepUninterruptibly(150);
              running.decrementAndGet();
              return 0;
            },
            result -> {},
            () -> {});
      }
      pool.awaitSettled();
    }
    // One slot plus one abandoned thread at most, however many jobs time out.
    assertThat(most.get()).isLessThanOrEqualTo(2);
    assertThat(interruptedAtStart.get()).isZero();
  }

  @Test
  void errorsAreRecordedNotLost() throws InterruptedException {
    try (WorkerPool pool = new WorkerPool(2, null, 0)) {
      pool.submit(
          () -> {
            throw new OutOfMemoryError("test");
          },
          result -> {},
          () -> {});
      pool.awaitSettled();
      assertThat(pool.failure()).isInstanceOf(OutOfMemoryError.class);
    }
  }

  private static void sleepUninterruptibly(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    boolean interrupted = false;
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
