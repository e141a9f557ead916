package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import java.util.List;

/**
 * One entry of a section: the lines that name it (title, employer, dates) and the lines that
 * describe it. {@code group} is the heading of an enclosing group ("### Tencent" over several
 * projects), or null.
 */
public record Entry(String group, List<LineFeatures> header, List<LineFeatures> body) {
  public Entry {
    header = List.copyOf(header);
    body = List.copyOf(body);
  }

  /**
   * The entry with short plain lines that open its body and carry its period moved into the
   * header ("### Employer" then "Senior Data Scientist, Nov 2017 – May 2020").
   */
  public Entry withDateLinesInHeader() {
    if (header.stream().anyMatch(Entry::hasRange)) {
      return this;
    }
    // The period may sit under one or two short naming lines ("Yahoo!" then "Date: 2012 – 2015").
    int last = -1;
    for (int i = 0; i < Math.min(3, body.size()); i++) {
      LineFeatures lf = body.get(i);
      if (lf.bullet() || lf.isHeading() || lf.words() > 12) {
        break;
      }
      if (hasRange(lf)) {
        last = i;
        break;
      }
      boolean sentence = (lf.text().endsWith(".") && lf.words() > 3) || lf.text().endsWith("。");
      if (lf.words() > 6 || sentence) {
        break;
      }
    }
    if (last < 0) {
      return this;
    }
    List<LineFeatures> h = new java.util.ArrayList<>(header);
    h.addAll(body.subList(0, last + 1));
    return new Entry(group, h, body.subList(last + 1, body.size()));
  }

  private static boolean hasRange(LineFeatures lf) {
    return lf.dates().stream().anyMatch(d -> !d.isSingle());
  }

  public int firstLine() {
    return header.isEmpty() ? (body.isEmpty() ? -1 : body.get(0).index()) : header.get(0).index();
  }

  public int lastLine() {
    return body.isEmpty() ? header.get(header.size() - 1).index() : body.get(body.size() - 1).index();
  }
}
