package dev.vitae.extractor.layout;

import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;

/** The features of every line of one document, derived once and indexed like the lines. */
public final class DocumentLayout {
  private final List<LineFeatures> lines;

  private DocumentLayout(List<LineFeatures> lines) {
    this.lines = List.copyOf(lines);
  }

  public static DocumentLayout of(TextDocument doc) {
    List<LineFeatures> features = new ArrayList<>(doc.lines().size());
    for (Line line : doc.lines()) {
      features.add(LineFeatures.of(line));
    }
    // Lines of a page wrap at about one width: the long lines tell it (90th percentile).
    int[] lengths = features.stream().filter(f -> f.line().style().fontSize() > 0)
        .mapToInt(LineFeatures::weightedLength).sorted().toArray();
    if (lengths.length >= 5) {
      int wrap = lengths[(int) (lengths.length * 0.9)];
      features.replaceAll(f -> f.withFull(f.line().style().fontSize() > 0 && f.weightedLength() >= wrap * 0.9));
    }
    return new DocumentLayout(features);
  }

  public List<LineFeatures> lines() {
    return lines;
  }

  public LineFeatures get(int index) {
    return lines.get(index);
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive). */
  public List<LineFeatures> range(int from, int to) {
    return lines.subList(from, to);
  }

  public int size() {
    return lines.size();
  }
}
