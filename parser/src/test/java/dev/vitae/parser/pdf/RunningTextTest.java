package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunningTextTest {
  private static final float HEIGHT = 792;
  private final List<RawLine> lines = new ArrayList<>();

  @Test
  void pageNumbersInTheMarginsAreDropped() {
    for (String number : List.of("1", "- 2 -", "Page 3 of 4", "4/4", "第 5 页", "p. 6")) {
      int page = lines.size() / 2 + 1;
      add(page, 100, 10, "Body text on the page");
      add(page, 770, 9, number);
    }

    assertThat(kept()).allMatch(text -> text.equals("Body text on the page"));
  }

  @Test
  void aNumberInTheBodyIsKept() {
    add(1, 100, 10, "Languages");
    add(1, 400, 10, "5");
    add(1, 414, 10, "Rated out of five");

    assertThat(kept()).containsExactly("Languages", "5", "Rated out of five");
  }

  @Test
  void footerWithAPageCounterIsDroppedEverywhere() {
    for (int page = 1; page <= 3; page++) {
      add(page, 100, 10, "Body " + page);
      add(page, 760, 8, "Jane Doe · Résumé " + page);
    }

    assertThat(kept()).containsExactly("Body 1", "Body 2", "Body 3");
  }

  @Test
  void identicalRunningLineIsKeptWhereItFirstAppears() {
    for (int page = 1; page <= 2; page++) {
      add(page, 100, 10, "Body " + page);
      add(page, 765, 8, "https://github.com/jane  https://jane.dev");
    }

    assertThat(kept())
        .containsExactly("Body 1", "https://github.com/jane  https://jane.dev", "Body 2");
  }

  @Test
  void repeatedTextAtDifferentHeightsIsContent() {
    add(1, 100, 10, "Body 1");
    add(1, 750, 11, "Projects:");
    add(2, 100, 10, "Body 2");
    add(2, 770, 11, "Projects:");

    assertThat(kept()).hasSize(4);
  }

  @Test
  void browserDateAndTitleOnTopAndAddressAtTheBottomAreDropped() {
    add(1, 15, 8, "2019/6/23");
    add(1, 15.2f, 8, "简历");
    add(1, 100, 12, "周靖");
    add(1, 780, 8, "file:///D:/resume/index.html");
    add(1, 780, 8, "1/1");

    assertThat(kept()).containsExactly("周靖");
  }

  @Test
  void dateAtTheTopInBodySizeIsKept() {
    add(1, 40, 10, "2019-07-01 Joined Acme as an engineer");
    add(1, 100, 10, "Body");

    assertThat(kept()).containsExactly("2019-07-01 Joined Acme as an engineer", "Body");
  }

  private void add(int page, float baseline, float size, String text) {
    lines.add(new RawLine(page, text, size, false, 72, 300, baseline, size * 0.7f, List.of()));
  }

  private List<String> kept() {
    Map<Integer, Float> heights = new HashMap<>();
    lines.forEach(line -> heights.put(line.page(), HEIGHT));
    return RunningText.drop(lines, heights, 10).kept().stream().map(RawLine::text).toList();
  }
}
