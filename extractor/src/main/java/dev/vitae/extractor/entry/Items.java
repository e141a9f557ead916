package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of a list-like section (publications, references): each list item with the lines nested
 * under it, each paragraph, or each line where a section has neither, a wrapped line staying with
 * the line it continues.
 */
public final class Items {
  private Items() {}

  /** The non-empty lines grouped into items, in document order. */
  public static List<List<LineFeatures>> of(List<LineFeatures> lines) {
    List<LineFeatures> content = lines.stream().filter(l -> !l.text().isEmpty()).toList();
    int topDepth =
        content.stream()
            .filter(LineFeatures::bullet)
            .mapToInt(LineFeatures::listDepth)
            .min()
            .orElse(Integer.MAX_VALUE);
    boolean paragraphs =
        content.stream().skip(1).anyMatch(LineFeatures::blockStart)
            && content.stream().skip(1).anyMatch(l -> !l.blockStart());
    List<List<LineFeatures>> out = new ArrayList<>();
    LineFeatures previous = null;
    for (LineFeatures lf : content) {
      boolean starts;
      if (out.isEmpty() || lf.isHeading()) {
        starts = true;
      } else if (lf.bullet()) {
        starts = lf.listDepth() <= topDepth;
      } else if (previous != null && previous.bullet()) {
        starts = !EntryBody.isContinuation(previous, lf) && lf.blockStart();
      } else if (paragraphs) {
        starts = lf.blockStart();
      } else {
        starts = !EntryBody.isContinuation(previous, lf);
      }
      if (starts) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(lf);
      previous = lf;
    }
    return out;
  }
}
