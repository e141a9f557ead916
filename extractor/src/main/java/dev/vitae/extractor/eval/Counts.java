package dev.vitae.extractor.eval;

/**
 * Slot counts: credit earned, slots predicted and slots in gold. Doubles because a date with only
 * the right year and a list of highlights earn fractional credit.
 *
 * @param right credit earned by predicted slots, at most {@code predicted} and {@code gold}
 * @param predicted slots the prediction filled
 * @param gold slots the gold fills and the document shows
 */
public record Counts(double right, double predicted, double gold) {
  /** No slot at all. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (right < 0 || predicted < 0 || gold < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  /** Right ÷ predicted, or 0 when nothing was predicted. */
  public double precision() {
    return predicted > 0 ? right / predicted : 0;
  }

  /** Right ÷ gold, or 0 when the gold has no slot. */
  public double recall() {
    return gold > 0 ? right / gold : 0;
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }

  /** Whether no slot was counted (absent from both prediction and gold). */
  public boolean isEmpty() {
    return predicted == 0 && gold == 0;
  }

  /** The sum of both counts. */
  public Counts plus(Counts other) {
    return new Counts(right + other.right, predicted + other.predicted, gold + other.gold);
  }
}
