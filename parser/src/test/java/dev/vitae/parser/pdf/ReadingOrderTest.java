package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
  private final List<RawLine> lines = new ArrayList<>();

  @Test
  void headingDrawnAfterItsSectionIsReadInPlace() {
    add(1, "Jane Doe", 72, 300, 72);
    add(1, "Summary of a long career in software", 72, 540, 86);
    add(1, "Acme Corp", 72, 140, 130);
    add(1, "Built the billing system for every customer", 72, 540, 144);
    add(1, "EXPERIENCE", 250, 330, 110);

    assertThat(texts(ReadingOrder.repair(lines)))
        .containsExactly(
            "Jane Doe",
            "Summary of a long career in software",
            "EXPERIENCE",
            "Acme Corp",
            "Built the billing system for every customer");
  }

  @Test
  void headingDrawnBeforeTheTextAboveItIsReadInPlace() {
    add(1, "EDUCATION", 50, 130, 150);
    add(1, "Jane Doe", 250, 350, 40);
    add(1, "Contact: jane@example.com", 200, 400, 70);
    add(1, "State University, Bachelor of Science, 2016", 50, 540, 170);

    assertThat(texts(ReadingOrder.repair(lines)))
        .containsExactly(
            "Jane Doe",
            "Contact: jane@example.com",
            "EDUCATION",
            "State University, Bachelor of Science, 2016");
  }

  @Test
  void secondColumnDrawnAfterTheFirstStaysAfterIt() {
    add(1, "Page header across the whole page", 50, 560, 30);
    add(1, "Left one", 50, 250, 120);
    add(1, "Left two", 50, 250, 134);
    add(1, "Left three", 50, 250, 200);
    add(1, "Right one", 320, 560, 80);
    add(1, "Right two", 320, 560, 94);
    add(1, "Right three", 320, 560, 160);

    assertThat(texts(ReadingOrder.repair(lines)))
        .containsExactly(
            "Page header across the whole page",
            "Left one",
            "Left two",
            "Left three",
            "Right one",
            "Right two",
            "Right three");
  }

  @Test
  void linesNeverMoveAcrossPages() {
    add(1, "Page one bottom", 72, 300, 700);
    add(2, "Page two top", 72, 300, 72);

    assertThat(texts(ReadingOrder.repair(lines)))
        .containsExactly("Page one bottom", "Page two top");
  }

  private void add(int page, String text, float x, float right, float baseline) {
    lines.add(new RawLine(page, text, 10, false, x, right, baseline, 7, List.of()));
  }

  private static List<String> texts(List<RawLine> lines) {
    return lines.stream().map(RawLine::text).toList();
  }
}
