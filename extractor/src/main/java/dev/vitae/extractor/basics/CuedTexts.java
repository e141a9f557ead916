package dev.vitae.extractor.basics;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text each icon cue of a line labels: from where the icon stood to the next icon, the next
 * separator ({@code |}, {@code ·}, a wide gap) or the line's end.
 */
final class CuedTexts {
  private static final Pattern EDGES = Pattern.compile("^[\\s:：,，;；]+|[\\s:：,，;；]+$");

  private CuedTexts() {}

  /** One cue and the text it labels, never blank. */
  record Cued(Cue.Kind kind, String text) {}

  static List<Cued> of(Line line) {
    List<Cue> cues = line.cues();
    if (cues.isEmpty()) {
      return List.of();
    }
    String text = line.text();
    List<Cued> out = new ArrayList<>(cues.size());
    for (int i = 0; i < cues.size(); i++) {
      int start = cues.get(i).offset();
      int end = text.length();
      for (int j = i + 1; j < cues.size(); j++) {
        if (cues.get(j).offset() > start) {
          end = cues.get(j).offset();
          break;
        }
      }
      String span = text.substring(start, end);
      Matcher separator = Prose.SEPARATORS.matcher(span);
      if (separator.find() && separator.start() > 0) {
        span = span.substring(0, separator.start());
      }
      String labelled = EDGES.matcher(span).replaceAll("");
      if (!labelled.isEmpty()) {
        out.add(new Cued(cues.get(i).kind(), labelled));
      }
    }
    return out;
  }
}
