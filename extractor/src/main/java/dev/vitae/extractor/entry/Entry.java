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

  public int firstLine() {
    return header.isEmpty() ? (body.isEmpty() ? -1 : body.get(0).index()) : header.get(0).index();
  }

  public int lastLine() {
    return body.isEmpty() ? header.get(header.size() - 1).index() : body.get(body.size() - 1).index();
  }
}
