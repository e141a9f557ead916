package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The score of one document.
 *
 * @param id the document's identifier, usually its file stem
 * @param attributes free-form facts to aggregate by ({@code format}, {@code language}), sorted by
 *     key
 * @param groups one entry per {@link Group}, in enum order
 * @param notes what the reader of a report should know about this score ("no prediction"), never
 *     resume content
 */
// groups are kept in enum order, which the constructor checks
@SuppressWarnings("EnumOrdinal")
public record DocumentScore(
    String id, Map<String, String> attributes, List<GroupScore> groups, List<String> notes) {
  public DocumentScore {
    Objects.requireNonNull(id, "id");
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
    if (groups.size() != Group.values().length) {
      throw new IllegalArgumentException("a document score holds every group once");
    }
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).group() != Group.values()[i]) {
        throw new IllegalArgumentException("groups must be in enum order");
      }
    }
  }

  /** All slots of the document pooled: the document's micro counts. */
  public Counts counts() {
    Counts total = Counts.ZERO;
    for (GroupScore group : groups) {
      total = total.plus(group.counts());
    }
    return total;
  }

  /**
   * Some slots of the document pooled, such as the slots two formats of one resume must agree on.
   *
   * @param fields the slots to add up; others are ignored
   */
  public Counts counts(Set<Field> fields) {
    Counts total = Counts.ZERO;
    for (GroupScore group : groups) {
      for (SlotScore slot : group.slots()) {
        if (fields.contains(slot.field())) {
          total = total.plus(slot.counts());
        }
      }
    }
    return total;
  }

  /** The score of one group (present for every group, possibly with no slot counted). */
  // groups are kept in enum order, which the constructor checks
  @SuppressWarnings("EnumOrdinal")
  public GroupScore group(Group group) {
    return groups.get(group.ordinal());
  }

  /** The value of an attribute, if set. */
  public Optional<String> findAttribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /** A copy with one attribute set (replacing any earlier value). */
  public DocumentScore withAttribute(String name, String value) {
    Map<String, String> copy = new TreeMap<>(attributes);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new DocumentScore(id, copy, groups, notes);
  }

  /** A copy with one more note. */
  public DocumentScore withNote(String note) {
    List<String> copy = new ArrayList<>(notes);
    copy.add(Objects.requireNonNull(note, "note"));
    return new DocumentScore(id, attributes, groups, copy);
  }
}
