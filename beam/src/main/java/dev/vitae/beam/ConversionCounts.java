package dev.vitae.beam;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * What a run of the job converted, read back from its Beam counters: {@value #PARSED} (files
 * written as resumes), {@value #FAILED} (files dead-lettered) and {@value #FAILED_PREFIX}{@code
 * <reason>} for each reason code that occurred. The counters live in the namespace {@link
 * #NAMESPACE}, so any runner's metrics UI shows them under that name too.
 *
 * @param parsed files converted to a resume
 * @param failed files written to the dead-letter output
 * @param failedByReason reason code ({@code encrypted}, {@code no-text}, …) → files, sorted by code
 */
public record ConversionCounts(long parsed, long failed, Map<String, Long> failedByReason) {

  /** The namespace of the job's counters. */
  public static final String NAMESPACE = ResumeFn.class.getName();

  /** The counter of converted files. */
  public static final String PARSED = "parsed";

  /** The counter of dead-lettered files, whatever the reason. */
  public static final String FAILED = "failed";

  /** The prefix of the per-reason counters: {@code failed-encrypted}, {@code failed-no-text}, …. */
  public static final String FAILED_PREFIX = "failed-";

  /** Copies the map, sorted by reason code. */
  public ConversionCounts {
    failedByReason =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(Objects.requireNonNull(failedByReason, "failedByReason")));
  }

  /**
   * The counts of a run, from the attempted values of its counters (committed values are not
   * supported by every runner). Call it after {@link PipelineResult#waitUntilFinish()}; a counter
   * no file incremented reads as zero.
   *
   * @throws UnsupportedOperationException when the runner does not report metrics
   */
  public static ConversionCounts of(PipelineResult result) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(NAMESPACE))
                    .build());
    long parsed = 0;
    long failed = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String name = counter.getName().getName();
      long value = counter.getAttempted();
      // A runner may report one result per step that uses the counter; they add up.
      if (name.equals(PARSED)) {
        parsed += value;
      } else if (name.equals(FAILED)) {
        failed += value;
      } else if (name.startsWith(FAILED_PREFIX)) {
        byReason.merge(name.substring(FAILED_PREFIX.length()), value, Long::sum);
      }
    }
    byReason.values().removeIf(n -> n == 0);
    return new ConversionCounts(parsed, failed, byReason);
  }

  /**
   * One line for the end of a run: {@code 8 parsed, 4 failed (corrupt 2, empty-file 1, encrypted
   * 1)}. Holds counts and reason codes only, never a file name.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder().append(parsed).append(" parsed, ");
    sb.append(failed).append(" failed");
    if (!failedByReason.isEmpty()) {
      StringJoiner reasons = new StringJoiner(", ", " (", ")");
      failedByReason.forEach((reason, n) -> reasons.add(reason + " " + n));
      sb.append(reasons);
    }
    return sb.toString();
  }
}
