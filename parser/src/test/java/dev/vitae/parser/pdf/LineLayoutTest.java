package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import dev.vitae.parser.internal.IconCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineLayoutTest {
  private static final Map<Float, Integer> BODY_10 = Map.of(10f, 1000, 14f, 20, 24f, 8);

  private final List<RawLine> raw = new ArrayList<>();
  private float baseline = 72;

  @Test
  void iconBeforeALargeLineDecoratesAHeading() {
    add(72, 14, "\uF19D Education");
    add(72, 10, "Studied mathematics at a university");

    List<Line> lines = layout();

    assertThat(lines.get(0).text()).isEqualTo("Education");
    assertThat(lines.get(0).style().headingLevel()).isEqualTo(1);
    assertThat(lines.get(0).style().listDepth()).isZero();
  }

  @Test
  void iconBeforeABodyLineIsAListMarker() {
    add(72, 10, "\uF0E0 jane@example.com");

    Line line = layout().get(0);

    assertThat(line.text()).isEqualTo("jane@example.com");
    assertThat(line.style().listDepth()).isEqualTo(1);
  }

  @Test
  void contactIconBeforeALineIsACueNotAListMarker() {
    char email = IconCues.marker(Cue.Kind.EMAIL);
    char phone = IconCues.marker(Cue.Kind.PHONE);
    add(72, 10, email + " jane@example.com " + phone + " 555 0100 " + IconCues.UNKNOWN + " Berlin");

    Line line = layout().get(0);

    assertThat(line.text()).isEqualTo("jane@example.com 555 0100 Berlin");
    assertThat(line.cues())
        .containsExactly(new Cue(Cue.Kind.EMAIL, 0), new Cue(Cue.Kind.PHONE, 17));
    assertThat(line.style().listDepth()).isZero();
  }

  @Test
  void contactIconDrawnApartLabelsTheLineBesideIt() {
    char pin = IconCues.marker(Cue.Kind.LOCATION);
    raw.add(new RawLine(1, String.valueOf(pin), 10, false, 72, 80, 100, 8, List.of()));
    raw.add(new RawLine(1, "Berlin, Germany", 10, false, 86, 160, 100.5f, 8, List.of()));

    List<Line> lines = layout();

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).text()).isEqualTo("Berlin, Germany");
    assertThat(lines.get(0).cues()).containsExactly(new Cue(Cue.Kind.LOCATION, 0));
    assertThat(lines.get(0).style().listDepth()).isZero();
  }

  @Test
  void markerOnALineOfItsOwnJoinsTheFollowingLine() {
    raw.add(new RawLine(1, "\u2022", 10, false, 80, 84, 100, 5, List.of()));
    raw.add(new RawLine(1, "Built the search service", 10, false, 90, 200, 100.5f, 7, List.of()));

    List<Line> lines = layout();

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).text()).isEqualTo("Built the search service");
    assertThat(lines.get(0).style().listDepth()).isEqualTo(1);
    assertThat(lines.get(0).style().indent()).isZero();
  }

  @Test
  void bulletsInAnotherColumnStartANewList() {
    add(60, 10, "\u2022 Left column item");
    add(75, 10, "\u2022 Nested left item");
    add(330, 10, "\u2022 Right column item");

    assertThat(layout()).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 1);
  }

  @Test
  void textLeftOfTheBulletsEndsTheList() {
    add(80, 10, "\u2022 First list");
    add(95, 10, "\u2022 Nested");
    add(72, 10, "Next employer");
    add(95, 10, "\u2022 Second list, deeper indent");

    assertThat(layout()).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 0, 1);
  }

  @Test
  void headingLevelsFollowSizeRankAndNearSizesShareALevel() {
    add(72, 24, "Jane Doe");
    add(72, 20, "Experience");
    add(72, 16, "Acme");
    add(72, 15.5f, "Globex");
    add(72, 14, "Platform team");
    add(72, 11, "Slightly larger body line");
    add(72, 10, "Body");

    assertThat(layout())
        .extracting(l -> l.style().headingLevel())
        .containsExactly(1, 2, 3, 3, 4, 0, 0);
  }

  @Test
  void hyphenatedLineDoesNotSwallowAListItem() {
    add(72, 10, "Worked on back-");
    add(72, 10, "\u2022 ends with a list item");

    assertThat(layout())
        .extracting(Line::text)
        .containsExactly("Worked on back-", "ends with a list item");
  }

  @Test
  void normalSpacingIsTheCommonBodyLineDistance() {
    add(72, 10, "a");
    add(72, 10, "b");
    add(72, 10, "c");
    add(72, 10, "d");

    assertThat(LineLayout.normalSpacing(raw, 10)).isEqualTo(12f);
  }

  @Test
  void joinsAHeadingThatWrappedOntoASecondLine() {
    for (int i = 0; i < 3; i++) {
      line(72, 500, 10, "A body line of the page that runs across the whole column width.", 12);
    }
    line(72, 497, 14, "Class Teacher (Year 2) and Phonics Lead at Meanwood", 24);
    line(72, 200, 14, "Park Primary School", 16);
    line(72, 300, 10, "September 2020 - Present", 16);
    // Short enough to end the line where it did: two headings, not one.
    line(72, 180, 14, "Senior Engineer", 24);
    line(72, 160, 14, "Globex Corporation", 16);

    assertThat(layout())
        .extracting(Line::text)
        .containsSubsequence(
            "Class Teacher (Year 2) and Phonics Lead at Meanwood Park Primary School",
            "September 2020 - Present",
            "Senior Engineer",
            "Globex Corporation");
  }

  private void line(float x, float right, float size, String text, float delta) {
    baseline += delta;
    raw.add(new RawLine(1, text, size, false, x, right, baseline, size * 0.7f, List.of()));
  }

  private void add(float x, float size, String text) {
    raw.add(new RawLine(1, text, size, false, x, x + 200, baseline, size * 0.7f, List.of()));
    baseline += 12;
  }

  private List<Line> layout() {
    return LineLayout.layout(raw, BODY_10, 1000);
  }
}
