package dev.vitae.extractor.eval;

import java.util.List;
import java.util.Objects;

/** The counts of one group, slot by slot. */
public record GroupScore(Group group, List<SlotScore> slots) {
  public GroupScore {
    Objects.requireNonNull(group, "group");
    slots = List.copyOf(slots);
    for (SlotScore slot : slots) {
      if (slot.field().group() != group) {
        throw new IllegalArgumentException(slot.field() + " is not a slot of " + group);
      }
    }
  }

  /** The group's counts: its slots' counts added up. */
  public Counts counts() {
    Counts total = Counts.ZERO;
    for (SlotScore slot : slots) {
      total = total.plus(slot.counts());
    }
    return total;
  }
}
