package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {
  @Test
  void joinsATitleAndItsDateDrawnAsTwoLines() {
    List<RawLine> page =
        List.of(
            line("2019 – 2021", 480, 540, 100),
            line("Software Engineer, Acme", 72, 200, 100),
            line("Built the billing service.", 72, 190, 114),
            line(
                "Wrote the migration plan for the payments team and saw it through.",
                72,
                520,
                128));

    List<RawLine> joined = Rows.join(page);

    assertThat(joined)
        .extracting(RawLine::text)
        .containsExactly(
            "Software Engineer, Acme | 2019 – 2021",
            "Built the billing service.",
            "Wrote the migration plan for the payments team and saw it through.");
    assertThat(joined.get(0).cells())
        .extracting(Cell::text)
        .containsExactly("Software Engineer, Acme", "2019 – 2021");
    assertThat(joined.get(0).x()).isEqualTo(72f);
  }

  @Test
  void joinsTwoRowsOfAHeaderWithRightAlignedFacts() {
    List<RawLine> page =
        List.of(
            line("Acme Corporation", 72, 160, 100),
            line("Berlin", 500, 540, 100),
            line("Software Engineer", 72, 170, 114),
            line("2019 – 2021", 480, 540, 114));

    assertThat(Rows.join(page))
        .extracting(RawLine::text)
        .containsExactly("Acme Corporation | Berlin", "Software Engineer | 2019 – 2021");
  }

  @Test
  void keepsASidebarBesideTheMainTextApart() {
    // Sidebar lines at the left, main text at the right, on shared baselines: two flows.
    List<RawLine> page = new ArrayList<>();
    String[] sidebar = {"SKILLS", "Python", "Kotlin", "SQL"};
    for (int i = 0; i < sidebar.length; i++) {
      page.add(line(sidebar[i], 40, 90, 100 + 14 * i));
      page.add(line("Main text line " + i + " of the experience column.", 200, 540, 100 + 14 * i));
    }

    assertThat(Rows.join(page)).isEqualTo(page);
  }

  @Test
  void keepsLinesOfDifferentColumnsApart() {
    List<RawLine> page =
        List.of(line("Left", 72, 120, 100), line("Right", 320, 360, 100).withColumn(1));

    assertThat(Rows.join(page)).hasSize(2);
  }

  private static RawLine line(String text, float x, float right, float baseline) {
    return new RawLine(1, text, 10, false, x, right, baseline, 7, List.of());
  }
}
