package dev.vitae.extractor.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of a set of documents, and their pooled (micro) figures. Split it by any document
 * attribute with {@link #groupBy} to get per-format or per-language tables.
 */
public record Report(List<DocumentScore> documents) {
  /**
   * The attribute value {@link #byAttribute} files documents under when they lack the attribute.
   */
  public static final String UNKNOWN = "unknown";

  public Report {
    documents = List.copyOf(documents);
  }

  /** Every slot of every document pooled: the micro counts. */
  public Counts counts() {
    Counts total = Counts.ZERO;
    for (DocumentScore document : documents) {
      total = total.plus(document.counts());
    }
    return total;
  }

  /** The micro F1 over every slot of every document. */
  public double microF1() {
    return counts().f1();
  }

  /** Each group's counts pooled over all documents, slot by slot, in enum order. */
  public List<GroupScore> groups() {
    Map<Field, Counts> pooled = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      pooled.put(field, Counts.ZERO);
    }
    for (DocumentScore document : documents) {
      for (GroupScore group : document.groups()) {
        for (SlotScore slot : group.slots()) {
          pooled.merge(slot.field(), slot.counts(), Counts::plus);
        }
      }
    }
    List<GroupScore> groups = new ArrayList<>();
    for (Group group : Group.values()) {
      List<SlotScore> slots = new ArrayList<>();
      for (Field field : Field.of(group)) {
        slots.add(new SlotScore(field, Objects.requireNonNull(pooled.get(field))));
      }
      groups.add(new GroupScore(group, slots));
    }
    return List.copyOf(groups);
  }

  /** One group's counts pooled over all documents. */
  // groups() lists the groups in enum order
  @SuppressWarnings("EnumOrdinal")
  public GroupScore group(Group group) {
    return groups().get(group.ordinal());
  }

  /** The score of the document with this id, if the report holds it. */
  public Optional<DocumentScore> findDocument(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * Splits the report by a key computed from each document, keeping document order inside each
   * part.
   *
   * @param key never returns null
   * @return one report per key, sorted by key
   */
  public Map<String, Report> groupBy(Function<DocumentScore, String> key) {
    Map<String, List<DocumentScore>> parts = new TreeMap<>();
    for (DocumentScore document : documents) {
      String k = Objects.requireNonNull(key.apply(document), "key");
      parts.computeIfAbsent(k, x -> new ArrayList<>()).add(document);
    }
    Map<String, Report> reports = new LinkedHashMap<>();
    parts.forEach((k, docs) -> reports.put(k, new Report(docs)));
    return reports;
  }

  /** {@link #groupBy} on an attribute; documents without it fall under {@link #UNKNOWN}. */
  public Map<String, Report> byAttribute(String name) {
    return groupBy(d -> d.findAttribute(name).orElse(UNKNOWN));
  }
}
