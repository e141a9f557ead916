package dev.vitae.extractor.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/** Renders a {@link Report} as plain-text tables or as JSON. Stateless and thread-safe. */
public final class ReportWriter {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static final String DOCUMENTS = "documents";
  private static final String RENDERER = "renderer";
  private static final String FORMAT = "format";

  /** Reports with more documents list them only among the worst and in the JSON form. */
  static final int MAX_LISTED_DOCUMENTS = 60;

  /** How many of the lowest-scoring documents the text report lists. */
  static final int WORST_DOCUMENTS = 20;

  /** How many of a document's largest losses the worst-documents list names. */
  private static final int LOSSES_SHOWN = 3;

  private ReportWriter() {}

  /**
   * The report as text: the overall micro-F1, a table of groups and their slots pooled over all
   * documents, a table of documents and a table of F1 by document and group (both only for reports
   * of at most {@value #MAX_LISTED_DOCUMENTS} documents), for each document attribute that any
   * document carries ({@code format}, {@code language}, {@code renderer}, sorted by name) a table
   * with the micro figures of each value and one of its F1 by group, when documents carry both a
   * renderer and a format a table of micro-F1 by renderer and format, the {@value #WORST_DOCUMENTS}
   * lowest-scoring documents with their largest losses, and the documents' notes. A figure with no
   * slot counted is shown as {@code -}. Lines end with {@code \n}.
   */
  public static String toText(Report report) {
    StringBuilder out = new StringBuilder();
    Counts micro = report.counts();
    out.append(
        String.format(
            Locale.ROOT,
            "micro-F1 %s  (P %s, R %s; right %.2f, predicted %.2f, gold %.2f; %d documents)\n\n",
            figure(micro, micro.f1()),
            figure(micro, micro.precision()),
            figure(micro, micro.recall()),
            micro.right(),
            micro.predicted(),
            micro.gold(),
            report.documents().size()));

    int slotWidth = 24;
    out.append(header("group / slot", slotWidth));
    for (GroupScore group : report.groups()) {
      out.append(row(group.group().key(), slotWidth, group.counts()));
      for (SlotScore slot : group.slots()) {
        out.append(row("  " + slot.field().path(), slotWidth, slot.counts()));
      }
    }

    int idWidth = "document".length();
    for (DocumentScore document : report.documents()) {
      idWidth = Math.max(idWidth, document.id().length());
    }
    if (report.documents().size() <= MAX_LISTED_DOCUMENTS) {
      documentTables(report, idWidth, out);
    }
    for (String attribute : attributeNames(report)) {
      Map<String, Report> parts = report.byAttribute(attribute);
      out.append('\n').append(attributeTable(attribute, parts));
      out.append('\n').append(attributeGroupTable(attribute, parts));
    }
    Set<String> names = attributeNames(report);
    if (names.contains(RENDERER) && names.contains(FORMAT)) {
      out.append('\n').append(crossTable(report, RENDERER, FORMAT));
    }
    out.append('\n').append(worstDocuments(report, idWidth));

    boolean notesHeader = false;
    for (DocumentScore document : report.documents()) {
      for (String note : document.notes()) {
        if (!notesHeader) {
          out.append("\nnotes\n");
          notesHeader = true;
        }
        out.append("  ").append(document.id()).append(": ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static void documentTables(Report report, int idWidth, StringBuilder out) {
    out.append('\n').append(header("document", idWidth));
    for (DocumentScore document : report.documents()) {
      out.append(row(document.id(), idWidth, document.counts()));
    }

    out.append('\n').append("F1 by document and group\n").append(pad("document", idWidth));
    for (Group group : Group.values()) {
      out.append(String.format(Locale.ROOT, " %10s", group.key()));
    }
    out.append('\n');
    for (DocumentScore document : report.documents()) {
      out.append(pad(document.id(), idWidth));
      for (GroupScore group : document.groups()) {
        Counts c = group.counts();
        out.append(String.format(Locale.ROOT, " %10s", figure(c, c.f1())));
      }
      out.append('\n');
    }
  }

  /** One row per value of the attribute: the F1 of each group pooled over its documents. */
  private static String attributeGroupTable(String attribute, Map<String, Report> parts) {
    int width = attribute.length();
    for (String value : parts.keySet()) {
      width = Math.max(width, value.length());
    }
    StringBuilder out = new StringBuilder();
    out.append("F1 by ").append(attribute).append(" and group\n").append(pad(attribute, width));
    for (Group group : Group.values()) {
      out.append(String.format(Locale.ROOT, " %10s", group.key()));
    }
    out.append('\n');
    for (Map.Entry<String, Report> part : parts.entrySet()) {
      out.append(pad(part.getKey(), width));
      for (GroupScore group : part.getValue().groups()) {
        Counts c = group.counts();
        out.append(String.format(Locale.ROOT, " %10s", figure(c, c.f1())));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * One row per value of {@code rows}, one column per value of {@code columns}: the micro-F1 of the
   * documents that have both ({@code -} where none has). Shows, for instance, how one renderer's
   * PDF compares with its HTML.
   */
  private static String crossTable(Report report, String rows, String columns) {
    Map<String, Report> byRow = report.byAttribute(rows);
    Set<String> columnValues = report.byAttribute(columns).keySet();
    int width = rows.length();
    for (String value : byRow.keySet()) {
      width = Math.max(width, value.length());
    }
    StringBuilder out = new StringBuilder();
    out.append("micro-F1 by ").append(rows).append(" and ").append(columns).append('\n');
    out.append(pad(rows, width));
    for (String column : columnValues) {
      out.append(String.format(Locale.ROOT, " %8s", column));
    }
    out.append('\n');
    for (Map.Entry<String, Report> row : byRow.entrySet()) {
      Map<String, Report> cells = row.getValue().byAttribute(columns);
      out.append(pad(row.getKey(), width));
      for (String column : columnValues) {
        Report cell = cells.get(column);
        Counts c = cell == null ? Counts.ZERO : cell.counts();
        out.append(String.format(Locale.ROOT, " %8s", figure(c, c.f1())));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The lowest-scoring documents that have any slot, lowest first (ties by id), each with its
   * largest losses: the slots with the most gold slots missed plus predicted slots wrong.
   */
  private static String worstDocuments(Report report, int idWidth) {
    List<DocumentScore> scored =
        report.documents().stream()
            .filter(d -> !d.counts().isEmpty())
            .sorted(
                Comparator.comparingDouble((DocumentScore d) -> d.counts().f1())
                    .thenComparing(DocumentScore::id))
            .limit(WORST_DOCUMENTS)
            .toList();
    StringBuilder out = new StringBuilder();
    out.append("worst ").append(scored.size()).append(" documents, with their largest losses\n");
    out.append(pad("document", idWidth)).append(String.format(Locale.ROOT, " %8s", "F1"));
    out.append("  losses (slot: missed / wrong)\n");
    for (DocumentScore document : scored) {
      Counts c = document.counts();
      out.append(pad(document.id(), idWidth))
          .append(String.format(Locale.ROOT, " %8s  ", figure(c, c.f1())))
          .append(losses(document))
          .append('\n');
    }
    return out.toString();
  }

  private static String losses(DocumentScore document) {
    List<SlotScore> slots = new ArrayList<>();
    for (GroupScore group : document.groups()) {
      slots.addAll(group.slots());
    }
    StringJoiner joiner = new StringJoiner(", ");
    slots.stream()
        .filter(s -> lost(s.counts()) > 0)
        .sorted(Comparator.comparingDouble((SlotScore s) -> -lost(s.counts())))
        .limit(LOSSES_SHOWN)
        .forEach(
            s ->
                joiner.add(
                    String.format(
                        Locale.ROOT,
                        "%s.%s %.1f / %.1f",
                        s.field().group().key(),
                        s.field().path(),
                        s.counts().gold() - s.counts().right(),
                        s.counts().predicted() - s.counts().right())));
    return joiner.length() == 0 ? "-" : joiner.toString();
  }

  // Gold slots missed plus predicted slots that were wrong.
  private static double lost(Counts c) {
    return (c.gold() - c.right()) + (c.predicted() - c.right());
  }

  /**
   * The report as a JSON tree: {@code micro}, {@code groups} (pooled, with their {@code slots}),
   * {@code byAttribute} (for each attribute name, an array of its values, each with {@code value},
   * {@code documentCount} and its micro figures) and {@code documents} (each with {@code id},
   * {@code attributes}, {@code notes}, {@code micro} and {@code groups}). Every figure object holds
   * precision, recall, f1, right, predicted, gold.
   */
  public static ObjectNode toJson(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("documentCount", report.documents().size());
    root.set("micro", counts(report.counts()));
    root.set("groups", groups(report.groups()));
    ObjectNode byAttribute = root.putObject("byAttribute");
    for (String attribute : attributeNames(report)) {
      ArrayNode values = byAttribute.putArray(attribute);
      report
          .byAttribute(attribute)
          .forEach(
              (value, part) -> {
                ObjectNode v = counts(part.counts());
                v.put("value", value);
                v.put("documentCount", part.documents().size());
                values.add(v);
              });
    }
    ArrayNode documents = root.putArray("documents");
    for (DocumentScore document : report.documents()) {
      ObjectNode d = documents.addObject();
      d.put("id", document.id());
      ObjectNode attributes = d.putObject("attributes");
      document.attributes().forEach(attributes::put);
      ArrayNode notes = d.putArray("notes");
      document.notes().forEach(notes::add);
      d.set("micro", counts(document.counts()));
      d.set("groups", groups(document.groups()));
    }
    return root;
  }

  /** {@link #toJson} written as indented JSON text. */
  public static String toJsonString(Report report) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  // A document without one of these attributes is counted under Report.UNKNOWN in its table.
  private static Set<String> attributeNames(Report report) {
    Set<String> names = new TreeSet<>();
    for (DocumentScore document : report.documents()) {
      names.addAll(document.attributes().keySet());
    }
    return names;
  }

  private static String attributeTable(String attribute, Map<String, Report> parts) {
    int width = attribute.length();
    for (String value : parts.keySet()) {
      width = Math.max(width, value.length());
    }
    // The value and its document count form the first column of the usual figure table.
    int first = width + 1 + DOCUMENTS.length();
    StringBuilder out = new StringBuilder();
    out.append("micro-F1 by ").append(attribute).append('\n');
    out.append(header(pad(attribute, width) + " " + DOCUMENTS, first));
    for (Map.Entry<String, Report> part : parts.entrySet()) {
      String count =
          String.format(
              Locale.ROOT, " %" + DOCUMENTS.length() + "d", part.getValue().documents().size());
      out.append(row(pad(part.getKey(), width) + count, first, part.getValue().counts()));
    }
    return out.toString();
  }

  private static ArrayNode groups(List<GroupScore> groups) {
    ArrayNode array = MAPPER.createArrayNode();
    for (GroupScore group : groups) {
      ObjectNode g = counts(group.counts());
      g.put("group", group.group().key());
      ArrayNode slots = g.putArray("slots");
      for (SlotScore slot : group.slots()) {
        ObjectNode s = counts(slot.counts());
        s.put("slot", slot.field().path());
        slots.add(s);
      }
      array.add(g);
    }
    return array;
  }

  private static ObjectNode counts(Counts counts) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("precision", counts.precision());
    node.put("recall", counts.recall());
    node.put("f1", counts.f1());
    node.put("right", counts.right());
    node.put("predicted", counts.predicted());
    node.put("gold", counts.gold());
    return node;
  }

  private static String header(String first, int width) {
    return pad(first, width)
        + " "
        + String.format(
            Locale.ROOT, "%8s %8s %8s %10s %10s %10s", "P", "R", "F1", "right", "predicted", "gold")
        + "\n";
  }

  private static String row(String first, int width, Counts c) {
    return pad(first, width)
        + " "
        + String.format(
            Locale.ROOT,
            "%8s %8s %8s %10.2f %10.2f %10.2f",
            figure(c, c.precision()),
            figure(c, c.recall()),
            figure(c, c.f1()),
            c.right(),
            c.predicted(),
            c.gold())
        + "\n";
  }

  private static String figure(Counts counts, double value) {
    return counts.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String pad(String s, int width) {
    return String.format(Locale.ROOT, "%-" + width + "s", s);
  }
}
