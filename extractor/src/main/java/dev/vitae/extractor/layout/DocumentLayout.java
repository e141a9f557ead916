package dev.vitae.extractor.layout;

import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.html.HtmlReader;
import java.util.ArrayList;
import java.util.Arrays;
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
    // Each length is worked out once; -1 marks a line without a font size. A web page's lines
    // are whole paragraphs (the browser wraps them, the reader does not): none is a wrapped one.
    if (isWebPage(doc)) {
      return new DocumentLayout(features);
    }
    int[] weighted = new int[features.size()];
    int[] lengths = new int[features.size()];
    int sized = 0;
    for (int i = 0; i < weighted.length; i++) {
      LineFeatures f = features.get(i);
      weighted[i] = f.line().style().fontSize() > 0 ? f.weightedLength() : -1;
      if (weighted[i] >= 0) {
        lengths[sized++] = weighted[i];
      }
    }
    if (sized >= 5) {
      Arrays.sort(lengths, 0, sized);
      int wrap = lengths[(int) (sized * 0.9)];
      for (int i = 0; i < weighted.length; i++) {
        features.set(i, features.get(i).withFull(weighted[i] >= 0 && weighted[i] >= wrap * 0.9));
      }
    }
    return new DocumentLayout(features);
  }

  private static boolean isWebPage(TextDocument doc) {
    String type = doc.source().mediaType();
    return type.equals(HtmlReader.HTML) || type.equals(HtmlReader.XHTML);
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
