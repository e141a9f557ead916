package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  private final List<RawLine> lines = new ArrayList<>();

  @Test
  void gutterBetweenTwoColumnsIsFound() {
    twoColumns(100);

    List<Float> gutters = Columns.gutters(lines, 10);

    assertThat(gutters).hasSize(1);
    assertThat(gutters.get(0)).isBetween(250f, 320f);
  }

  @Test
  void columnsAreReadLeftThenRightEachTopToBottom() {
    twoColumns(100);

    List<RawLine> arranged = Columns.arrange(lines, 10);

    assertThat(arranged).extracting(RawLine::text).startsWith("L0", "L1", "L2").endsWith("R5");
    assertThat(arranged)
        .extracting(RawLine::column)
        .containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
  }

  @Test
  void headingRowsWithDatesFlushRightAreRowsNotColumns() {
    // Each heading is drawn in one go with its date: one line with a wide gap, not two columns.
    for (int i = 0; i < 6; i++) {
      lines.add(row(100 + 30 * i, span(72, 180), span(480, 540)));
      lines.add(line("Built things " + i, 72, 300, 114 + 30 * i));
    }

    assertThat(Columns.gutters(lines, 10)).isEmpty();
  }

  @Test
  void fullWidthLineCutsThePageIntoBands() {
    twoColumns(100);
    lines.add(line("A full-width summary line that runs across both columns", 72, 540, 200));
    for (int i = 0; i < 3; i++) {
      lines.add(line("L" + (6 + i), 72, 250, 220 + 12 * i));
      lines.add(line("R" + (6 + i), 320, 540, 222 + 12 * i));
    }

    List<String> texts = Columns.arrange(lines, 10).stream().map(RawLine::text).toList();

    int summary = texts.indexOf("A full-width summary line that runs across both columns");
    assertThat(texts.subList(0, summary)).endsWith("R5");
    assertThat(texts.subList(summary + 1, texts.size()))
        .containsExactly("L6", "L7", "L8", "R6", "R7", "R8");
  }

  @Test
  void lineRunningIntoTheGutterBesideTheOtherColumnStaysInItsColumn() {
    twoColumns(100);
    // Overflows past the gutter, while the right column has a line on the same row.
    lines.add(line("L-long", 72, 330, 124.5f));
    lines.add(line("R-beside", 340, 540, 124));

    List<RawLine> arranged = Columns.arrange(lines, 10);

    assertThat(
            arranged.stream()
                .filter(l -> l.text().equals("L-long"))
                .findFirst()
                .orElseThrow()
                .column())
        .isZero();
    assertThat(arranged.get(0).text()).isEqualTo("L0");
  }

  @Test
  void scatteredLabelsOfAFigureAreNotAColumn() {
    for (int i = 0; i < 8; i++) {
      lines.add(line("Body line " + i, 72, 200, 100 + 12 * i));
    }
    lines.add(line("Sleep: 6", 260, 300, 100));
    lines.add(line("Work: 8", 330, 370, 130));
    lines.add(line("Sports: 2", 290, 330, 160));
    lines.add(line("Family: 5", 380, 420, 190));

    assertThat(Columns.gutters(lines, 10)).isEmpty();
  }

  @Test
  void labelsLeftOfTheBlocksTheyLabelAreReadBeforeTheirBlocks() {
    // A column of labels (section names, an entry's dates) beside the blocks they label, drawn
    // labels first; a date set level with the second line of its block is read before the block.
    labelColumnPage();

    List<RawLine> arranged = Columns.arrange(lines, 10);

    assertThat(arranged)
        .extracting(RawLine::text)
        .containsExactly(
            "Kitchen: Seafood, Pastry",
            "Management: Costing, Rotas",
            "Experience",
            "2019 to Present",
            "Head Chef at Bistro",
            "Ran the kitchen of a bistro",
            "with a brigade of nine.",
            "2015 to 2019",
            "Sous Chef at Bistro",
            "Ran the pass four nights",
            "Managed ordering and stock",
            "Education",
            "Culinary Institute",
            "Diploma in Culinary Arts",
            "Awards",
            "Best Bistro 2024");
    assertThat(arranged).extracting(RawLine::column).containsOnly(0);
  }

  @Test
  void aWrappedLabelIsOneLine() {
    lines.add(line("Professional Skills", 72, 160, 100));
    lines.add(line("Summary", 72, 120, 112));
    labelColumnPage();
    for (int i = 0; i < 4; i++) {
      lines.add(line("Volunteer cook " + i, 220, 500, 300 + 12 * i));
    }

    List<String> texts = Columns.arrange(lines, 10).stream().map(RawLine::text).toList();

    assertThat(texts).startsWith("Professional Skills Summary", "Kitchen: Seafood, Pastry");
  }

  @Test
  void aSidebarOfShortLinesIsStillAColumn() {
    // Lines one after another at the usual leading: a sidebar of its own, read before the body.
    labelColumnPage();
    lines.removeIf(l -> l.x() < 200);
    for (int i = 0; i < 12; i++) {
      lines.add(line("Skill " + i, 72, 140, 130 + 12 * i));
    }

    List<RawLine> arranged = Columns.arrange(lines, 10);

    assertThat(arranged.get(0).text()).isEqualTo("Skill 0");
    assertThat(arranged).extracting(RawLine::column).contains(0, 1);
  }

  private void labelColumnPage() {
    String[] body = {
      "Kitchen: Seafood, Pastry",
      "Management: Costing, Rotas",
      "",
      "Head Chef at Bistro",
      "Ran the kitchen of a bistro",
      "with a brigade of nine.",
      "",
      "Sous Chef at Bistro",
      "Ran the pass four nights",
      "Managed ordering and stock",
      "",
      "Culinary Institute",
      "Diploma in Culinary Arts",
      "",
      "Best Bistro 2024"
    };
    for (int i = 0; i < body.length; i++) {
      if (!body[i].isEmpty()) {
        lines.add(line(body[i], 220, 500, 100 + 12 * i));
      }
    }
    // Drawn after the body; the first date sits level with its block's second line.
    lines.add(line("Experience", 72, 140, 136));
    lines.add(line("2019 to Present", 72, 150, 148));
    lines.add(line("2015 to 2019", 72, 140, 184));
    lines.add(line("Education", 72, 130, 232));
    lines.add(line("Awards", 72, 120, 268));
  }

  private void twoColumns(float top) {
    for (int i = 0; i < 6; i++) {
      lines.add(line("R" + i, 320, 540, top + 2 + 15 * i));
    }
    for (int i = 0; i < 6; i++) {
      lines.add(line("L" + i, 72, 250, top + 12 * i));
    }
  }

  private static RawLine line(String text, float x, float right, float baseline) {
    return new RawLine(1, text, 10, false, x, right, baseline, 7, List.of());
  }

  private static RawLine row(float baseline, RawLine.Span... spans) {
    return new RawLine(
        1,
        "Heading 2019",
        10,
        false,
        spans[0].x(),
        spans[spans.length - 1].right(),
        baseline,
        7,
        List.of(),
        List.of(spans),
        List.of(),
        0);
  }

  private static RawLine.Span span(float x, float right) {
    return new RawLine.Span(x, right);
  }
}
