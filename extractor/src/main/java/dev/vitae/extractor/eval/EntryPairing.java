package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pairs gold entries with predicted ones by name, greedily, most similar first (the scoring
 * definition's rule). Entries with no name pair among themselves in document order, so that an
 * education entry holding only a degree still meets its counterpart.
 */
final class EntryPairing {
  private static final double MIN_JACCARD = 0.5;

  /**
   * One work or education entry: its position in its list, its name (employer, institution; null if
   * none) and its slots.
   */
  record Entry(
      int index, @Nullable String name, Map<Field, String> values, List<String> highlights) {
    Entry {
      values = Map.copyOf(values);
      highlights = List.copyOf(highlights);
    }
  }

  /** A gold entry and the predicted entry it pairs with; either is null when left unpaired. */
  record Pair(@Nullable Entry gold, @Nullable Entry predicted) {}

  private record Candidate(Entry gold, Entry predicted, double jaccard, int agreement) {}

  private EntryPairing() {}

  /** Pairs two lists whose entries' {@code index} is their position in the list. */
  static List<Pair> pair(List<Entry> gold, List<Entry> predicted) {
    List<Candidate> candidates = new ArrayList<>();
    for (Entry g : gold) {
      if (g.name() == null) {
        continue;
      }
      List<String> gt = Normalization.tokens(g.name());
      for (Entry p : predicted) {
        if (p.name() == null) {
          continue;
        }
        List<String> pt = Normalization.tokens(p.name());
        double jaccard = Normalization.jaccard(gt, pt);
        if (jaccard >= MIN_JACCARD || Normalization.contains(gt, pt)) {
          candidates.add(new Candidate(g, p, jaccard, agreement(g, p)));
        }
      }
    }
    // Ties on the name (an employer listed twice) are broken by the other slots, then by order.
    candidates.sort(
        Comparator.comparingDouble(Candidate::jaccard)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::agreement).reversed())
            .thenComparingInt(c -> Math.abs(c.gold().index() - c.predicted().index()))
            .thenComparingInt(c -> c.gold().index()));
    List<Pair> pairs = new ArrayList<>();
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] predictedTaken = new boolean[predicted.size()];
    for (Candidate c : candidates) {
      int gi = c.gold().index();
      int pi = c.predicted().index();
      if (!goldTaken[gi] && !predictedTaken[pi]) {
        goldTaken[gi] = true;
        predictedTaken[pi] = true;
        pairs.add(new Pair(c.gold(), c.predicted()));
      }
    }
    List<Integer> namelessGold = nameless(gold);
    List<Integer> namelessPredicted = nameless(predicted);
    for (int i = 0; i < Math.min(namelessGold.size(), namelessPredicted.size()); i++) {
      int gi = namelessGold.get(i);
      int pi = namelessPredicted.get(i);
      goldTaken[gi] = true;
      predictedTaken[pi] = true;
      pairs.add(new Pair(gold.get(gi), predicted.get(pi)));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!goldTaken[i]) {
        pairs.add(new Pair(gold.get(i), null));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!predictedTaken[i]) {
        pairs.add(new Pair(null, predicted.get(i)));
      }
    }
    return pairs;
  }

  private static int agreement(Entry gold, Entry predicted) {
    int agree = 0;
    for (Map.Entry<Field, String> value : gold.values().entrySet()) {
      String other = predicted.values().get(value.getKey());
      if (other != null && Tally.credit(value.getKey(), value.getValue(), other) >= 1) {
        agree++;
      }
    }
    return agree;
  }

  private static List<Integer> nameless(List<Entry> entries) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name() == null) {
        indexes.add(i);
      }
    }
    return indexes;
  }
}
