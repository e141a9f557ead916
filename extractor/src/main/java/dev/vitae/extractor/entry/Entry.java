package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.LineFeatures;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a section: the lines that name it (title, employer, dates) and the lines that
 * describe it. {@code group} is the heading of an enclosing group ("### Tencent" over several
 * projects), or null.
 */
public record Entry(@Nullable String group, List<LineFeatures> header, List<LineFeatures> body) {
  public Entry {
    header = List.copyOf(header);
    body = List.copyOf(body);
  }

  /**
   * The entry with short plain lines that open its body and carry its period moved into the header
   * ("### Employer" then "Senior Data Scientist, Nov 2017 – May 2020").
   */
  public Entry withDateLinesInHeader() {
    if (header.stream().anyMatch(Entry::hasRange)) {
      return withNameLineInHeader();
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
    List<LineFeatures> h = new ArrayList<>(header);
    h.addAll(body.subList(0, last + 1));
    return new Entry(group, h, body.subList(last + 1, body.size()));
  }

  /**
   * A header that is only a period ("2016-2020") takes the short plain line under it as its name
   * line ("Cloud Engineer at Nervana").
   */
  private Entry withNameLineInHeader() {
    boolean named =
        header.stream()
            .anyMatch(l -> l.textWithoutDates().codePoints().anyMatch(Character::isLetter));
    if (named || body.isEmpty()) {
      return this;
    }
    LineFeatures first = body.get(0);
    if (first.bullet() || first.isHeading() || first.words() > 12 || first.keyValue().isPresent()) {
      return this;
    }
    List<LineFeatures> h = new ArrayList<>(header);
    h.add(first);
    return new Entry(group, h, body.subList(1, body.size()));
  }

  private static boolean hasRange(LineFeatures lf) {
    return lf.dates().stream().anyMatch(d -> !d.isSingle());
  }

  public int firstLine() {
    return header.isEmpty() ? (body.isEmpty() ? -1 : body.get(0).index()) : header.get(0).index();
  }

  public int lastLine() {
    return body.isEmpty()
        ? header.get(header.size() - 1).index()
        : body.get(body.size() - 1).index();
  }
}
