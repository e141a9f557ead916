package dev.vitae.extractor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CorpusLines;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {
  @Test
  void marksFullLinesAsTheStreamOfLengthsDid() {
    List<String> texts = CorpusLines.all();
    Random random = new Random(5);
    for (int d = 0; d < 300; d++) {
      List<Line> lines = new ArrayList<>();
      int size = random.nextInt(40);
      boolean sizedDoc = random.nextInt(4) > 0;
      for (int i = 0; i < size; i++) {
        float fontSize = sizedDoc && random.nextInt(5) > 0 ? 10 : 0;
        lines.add(
            new Line(
                i,
                1,
                texts.get(random.nextInt(texts.size())),
                new LineStyle(fontSize, 1, false, 0, 0, 0, false, 0)));
      }
      DocumentLayout layout =
          DocumentLayout.of(new TextDocument(Source.named("t", "text/plain"), 1, lines, List.of()));
      assertThat(layout.lines().stream().map(LineFeatures::full).toList())
          .isEqualTo(referenceFull(lines));
    }
  }

  @Test
  void aLineAsLongAsMostLongLinesIsFull() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String text = i == 9 ? "short" : "a line that runs to the width at which this page wraps";
      lines.add(new Line(i, 1, text, new LineStyle(10, 1, false, 0, 0, 0, false, 0)));
    }
    DocumentLayout layout =
        DocumentLayout.of(new TextDocument(Source.named("t", "text/plain"), 1, lines, List.of()));
    assertThat(layout.get(0).full()).isTrue();
    assertThat(layout.get(9).full()).isFalse();
  }

  // The full flags as DocumentLayout.of set them with a stream, weighing each line twice.
  private static List<Boolean> referenceFull(List<Line> lines) {
    List<LineFeatures> features = new ArrayList<>();
    for (Line line : lines) {
      features.add(LineFeatures.of(line));
    }
    int[] lengths =
        features.stream()
            .filter(f -> f.line().style().fontSize() > 0)
            .mapToInt(LineFeatures::weightedLength)
            .sorted()
            .toArray();
    if (lengths.length >= 5) {
      int wrap = lengths[(int) (lengths.length * 0.9)];
      features.replaceAll(
          f -> f.withFull(f.line().style().fontSize() > 0 && f.weightedLength() >= wrap * 0.9));
    }
    return features.stream().map(LineFeatures::full).toList();
  }
}
