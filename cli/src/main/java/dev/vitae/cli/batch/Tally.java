package dev.vitae.cli.batch;

import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.Reason;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Counts of a run, kept as it goes: documents parsed, skipped as unchanged and failed by reason,
 * and how many outputs have a name, an email, a phone, at least one work entry and at least one
 * education entry. Holds counters only, never a list of results. Thread-safe.
 */
public final class Tally {
  /** The fields whose fill rate the summary reports. */
  public enum Field {
    NAME,
    EMAIL,
    PHONE,
    WORK,
    EDUCATION
  }

  private final LongAdder parsed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final Map<Reason, LongAdder> failed = new EnumMap<>(Reason.class);
  private final LongAdder unwritten = new LongAdder();
  private final Map<Field, LongAdder> filled = new EnumMap<>(Field.class);

  Tally() {
    for (Reason reason : Reason.values()) {
      failed.put(reason, new LongAdder());
    }
    for (Field field : Field.values()) {
      filled.put(field, new LongAdder());
    }
  }

  /** A document became {@code resume}. */
  void addParsed(@Nullable Resume resume) {
    parsed.increment();
    if (resume == null) {
      return;
    }
    Basics basics = resume.basics();
    if (basics != null) {
      count(Field.NAME, basics.name());
      count(Field.EMAIL, basics.email());
      count(Field.PHONE, basics.phone());
    }
    if (!resume.work().isEmpty()) {
      filledCount(Field.WORK).increment();
    }
    if (!resume.education().isEmpty()) {
      filledCount(Field.EDUCATION).increment();
    }
  }

  /** A document was done by an earlier run and has not changed. */
  void addUnchanged() {
    unchanged.increment();
  }

  /** A document failed, or its output could not be written. */
  void addFailed(Outcome outcome) {
    if (outcome.status() == Outcome.Status.UNWRITTEN) {
      unwritten.increment();
    } else {
      failedCount(outcome.requireReason()).increment();
    }
  }

  /** Documents converted. */
  public long parsed() {
    return parsed.sum();
  }

  /** Documents skipped as done by an earlier run. */
  public long unchanged() {
    return unchanged.sum();
  }

  /** Documents that failed, whatever the reason, their unwritten outputs included. */
  public long failed() {
    return failed.values().stream().mapToLong(LongAdder::sum).sum() + unwritten();
  }

  /** Documents converted whose output could not be written. */
  public long unwritten() {
    return unwritten.sum();
  }

  /** Documents that failed for {@code reason}. */
  public long failed(Reason reason) {
    return failedCount(reason).sum();
  }

  /** Outputs that have {@code field}. */
  public long filled(Field field) {
    return filledCount(field).sum();
  }

  /**
   * {@code timeout 2, corrupt 1}: failures by reason code ({@code output} for unwritten outputs),
   * most first; empty when none failed.
   */
  public String failuresByReason() {
    Map<String, Long> counts = new LinkedHashMap<>();
    failed.forEach((reason, count) -> counts.put(reason.code(), count.sum()));
    counts.put(Outcome.OUTPUT_CODE, unwritten());
    StringJoiner joiner = new StringJoiner(", ");
    counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> joiner.add(e.getKey() + " " + e.getValue()));
    return joiner.toString();
  }

  /** {@code name 98%, email 90%, …}: the share of this run's outputs with each field. */
  public String fillRates() {
    long n = parsed();
    StringJoiner joiner = new StringJoiner(", ");
    for (Field field : Field.values()) {
      double share = n == 0 ? 0 : 100.0 * filled(field) / n;
      joiner.add(
          String.format(Locale.ROOT, "%s %.0f%%", field.name().toLowerCase(Locale.ROOT), share));
    }
    return joiner.toString();
  }

  private void count(Field field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      filledCount(field).increment();
    }
  }

  // The maps hold every key from construction on.
  private LongAdder filledCount(Field field) {
    return Objects.requireNonNull(filled.get(field));
  }

  private LongAdder failedCount(Reason reason) {
    return Objects.requireNonNull(failed.get(reason));
  }
}
