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
    if (header.stream().anyMatch(l -> l.dates().stream().anyMatch(d -> !d.isSingle()))) {
      return this;
    }
    int n = 0;
    while (n < Math.min(2, body.size())) {
      LineFeatures lf = body.get(n);
      boolean range = lf.dates().stream().anyMatch(d -> !d.isSingle());
      if (lf.bullet() || lf.isHeading() || !range || lf.words() > 12 || lf.keyValue().isPresent()) {
        break;
      }
      n++;
    }
    if (n == 0) {
      return this;
    }
    List<LineFeatures> h = new java.util.ArrayList<>(header);
    h.addAll(body.subList(0, n));
    return new Entry(group, h, body.subList(n, body.size()));
  }

  public int firstLine() {
    return header.isEmpty() ? (body.isEmpty() ? -1 : body.get(0).index()) : header.get(0).index();
  }

  public int lastLine() {
    return body.isEmpty() ? header.get(header.size() - 1).index() : body.get(body.size() - 1).index();
  }
}
