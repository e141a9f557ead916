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

  @Test
  void aMarginLabelCentredOnItsBlockIsReadBeforeIt() {
    add(1, "Jane Doe", 160, 300, 40);
    add(1, "Email jane@example.org", 160, 400, 80);
    add(1, "CONTACT", 20, 90, 86);
    add(1, "Phone +1 555 0100", 160, 400, 92);
    add(1, "Built the billing system for every customer", 160, 540, 140);
    add(1, "EXPERIENCE", 20, 100, 140);
    add(1, "and moved it to a new platform in a year", 160, 540, 152);

    assertThat(texts(ReadingOrder.marginLabels(lines)))
        .containsExactly(
            "Jane Doe",
            "CONTACT",
            "Email jane@example.org",
            "Phone +1 555 0100",
            "Built the billing system for every customer",
            "EXPERIENCE",
            "and moved it to a new platform in a year");
  }

  @Test
  void aMarginLabelWrappedOntoTwoLinesIsOneLine() {
    add(1, "PROFESSIONAL SKILLS", 20, 120, 80);
    add(1, "SUMMARY", 20, 80, 92);
    add(1, "Teaching: phonics, early reading, differentiation", 160, 540, 80);
    add(1, "Technology: Google Classroom, Tapestry", 160, 540, 92);
    add(1, "Taught a class of thirty for four years", 160, 540, 120);
    add(1, "and led the school's reading programme", 160, 540, 132);
    add(1, "EDUCATION", 20, 90, 140);
    add(1, "Pennine University, Bachelor of Arts", 160, 540, 140);
    add(1, "HONOURS", 20, 90, 160);

    List<String> read = texts(ReadingOrder.marginLabels(lines));

    assertThat(read).startsWith("PROFESSIONAL SKILLS SUMMARY").contains("EDUCATION", "HONOURS");
  }

  @Test
  void aColumnOfDatesAtTheRightMakesNoMargin() {
    add(1, "Chesapeake University", 20, 160, 80);
    add(1, "August 2018 — July 2020", 345, 480, 80.5f);
    add(1, "Studied memory in adolescents", 20, 300, 92);
    add(1, "Prairie State University", 20, 160, 120);
    add(1, "August 2013 — May 2018", 345, 480, 110);
    add(1, "Led discussion sections", 20, 300, 132);
    add(1, "January 2012 — May 2013", 345, 480, 150);
    add(1, "English: Native", 20, 120, 170);
    add(1, "Italian: Fluent", 20, 120, 182);

    assertThat(ReadingOrder.marginLabels(lines)).isEqualTo(lines);
  }

  private void add(int page, String text, float x, float right, float baseline) {
    lines.add(new RawLine(page, text, 10, false, x, right, baseline, 7, List.of()));
  }

  private static List<String> texts(List<RawLine> lines) {
    return lines.stream().map(RawLine::text).toList();
  }
}
