package dev.vitae.extractor.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryBodyTest {

  @Test
  void aLineAfterAFullLineContinuesIt() {
    List<LineFeatures> joined =
        EntryBody.joinContinuations(
            List.of(
                full(plain(0, "Designed the billing service and moved it to")), plain(1, "Go.")));

    assertThat(joined)
        .extracting(LineFeatures::text)
        .containsExactly("Designed the billing service and moved it to Go.");
  }

  @Test
  void aRowOfCellsStartsARowEvenAfterAFullLine() {
    List<LineFeatures> joined =
        EntryBody.joinContinuations(
            List.of(
                full(
                    row(
                        0,
                        cell("Teaching", 0, 40),
                        cell("Phonics, Early reading, Assessment", 60, 400))),
                row(1, cell("Technology", 0, 40), cell("Google Classroom, Tapestry", 60, 300))));

    assertThat(joined)
        .extracting(LineFeatures::text)
        .containsExactly(
            "Teaching | Phonics, Early reading, Assessment",
            "Technology | Google Classroom, Tapestry");
    assertThat(joined.get(1).line().cells()).hasSize(2);
  }

  @Test
  void aWrappedLastCellOfARowKeepsTheRowsCells() {
    List<LineFeatures> joined =
        EntryBody.joinContinuations(
            List.of(
                full(row(0, cell("Teaching", 0, 40), cell("Phonics, Early reading,", 60, 400))),
                plain(1, "SEND support")));

    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).line().cells())
        .extracting(Cell::text)
        .containsExactly("Teaching", "Phonics, Early reading, SEND support");
    assertThat(joined.get(0).text()).isEqualTo("Teaching | Phonics, Early reading, SEND support");
  }

  private static LineFeatures full(LineFeatures lf) {
    return lf.withFull(true);
  }

  private static LineFeatures plain(int index, String text) {
    return LineFeatures.of(new Line(index, 1, text, LineStyle.PLAIN));
  }

  private static LineFeatures row(int index, Cell... cells) {
    List<String> texts = java.util.Arrays.stream(cells).map(Cell::text).toList();
    return LineFeatures.of(
        new Line(
            index,
            1,
            String.join(Line.CELL_SEPARATOR, texts),
            LineStyle.PLAIN,
            List.of(),
            List.of(cells)));
  }

  private static Cell cell(String text, float x, float right) {
    return new Cell(text, x, right);
  }
}
