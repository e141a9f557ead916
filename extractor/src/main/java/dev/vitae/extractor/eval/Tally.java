package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Counts of one document being scored, slot by slot. Not thread-safe: one per document. */
final class Tally {
  private final Visibility visibility;
  private final Map<Field, Counts> counts = new EnumMap<>(Field.class);

  Tally(Visibility visibility) {
    this.visibility = visibility;
    for (Field field : Field.values()) {
      counts.put(field, Counts.ZERO);
    }
  }

  /**
   * One single-valued slot; null means absent. A gold value the document does not show counts in
   * gold only when the prediction earned credit on it, so finding it never lowers recall.
   */
  void scalar(Field field, @Nullable String gold, @Nullable String predicted) {
    if (gold == null && predicted == null) {
      return;
    }
    double credit = gold != null && predicted != null ? credit(field, gold, predicted) : 0;
    boolean inGold = gold != null && (credit > 0 || visibility.shows(field, gold));
    add(field, credit, predicted != null ? 1 : 0, inGold ? 1 : 0);
  }

  /** One list slot scored by token-overlap F1 of all its strings together; empty means absent. */
  void tokens(Field field, List<String> gold, List<String> predicted) {
    if (gold.isEmpty() && predicted.isEmpty()) {
      return;
    }
    double credit =
        Normalization.tokenF1(
            Normalization.tokens(String.join(" ", gold)),
            Normalization.tokens(String.join(" ", predicted)));
    boolean inGold = !gold.isEmpty() && (credit > 0 || visibility.showsAll(gold));
    add(field, credit, predicted.isEmpty() ? 0 : 1, inGold ? 1 : 0);
  }

  /**
   * A set slot: one count per distinct normalized item.
   *
   * @param gold each gold item's key, and whether the document shows it
   * @param predicted each predicted item's key
   */
  void set(Field field, Map<String, Boolean> gold, Set<String> predicted) {
    double right = 0;
    for (String item : predicted) {
      if (gold.containsKey(item)) {
        right++;
      }
    }
    double inGold = 0;
    for (Map.Entry<String, Boolean> item : gold.entrySet()) {
      if (item.getValue() || predicted.contains(item.getKey())) {
        inGold++;
      }
    }
    add(field, right, predicted.size(), inGold);
  }

  Visibility visibility() {
    return visibility;
  }

  List<GroupScore> groups() {
    List<GroupScore> groups = new ArrayList<>();
    for (Group group : Group.values()) {
      List<SlotScore> slots = new ArrayList<>();
      for (Field field : Field.of(group)) {
        slots.add(new SlotScore(field, counts.getOrDefault(field, Counts.ZERO)));
      }
      groups.add(new GroupScore(group, slots));
    }
    return groups;
  }

  /** Credit of a predicted value against a gold one, both present: 0 to 1. */
  static double credit(Field field, String gold, String predicted) {
    return switch (field.match()) {
      case TEXT, VOCABULARY, TOKENS ->
          Normalization.text(gold).equals(Normalization.text(predicted)) ? 1 : 0;
      case PHONE -> {
        String g = Normalization.digits(gold);
        yield !g.isEmpty() && g.equals(Normalization.digits(predicted)) ? 1 : 0;
      }
      case DATE -> Normalization.dateCredit(gold, predicted);
    };
  }

  private void add(Field field, double right, double predicted, double gold) {
    counts.merge(field, new Counts(right, predicted, gold), Counts::plus);
  }
}
