package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DuplicateGlyphsTest {
  @Test
  void dropsAGlyphDrawnAgainWithinItsTolerance() {
    DuplicateGlyphs glyphs = new DuplicateGlyphs();

    assertThat(glyphs.isDuplicate("E", 100f, 700f, 2f)).isFalse();
    assertThat(glyphs.isDuplicate("E", 100.5f, 699.5f, 2f)).isTrue();
  }

  @Test
  void keepsAnotherTextOrAGlyphOutsideTheTolerance() {
    DuplicateGlyphs glyphs = new DuplicateGlyphs();
    glyphs.isDuplicate("E", 100f, 700f, 2f);

    assertThat(glyphs.isDuplicate("F", 100f, 700f, 2f)).isFalse();
    assertThat(glyphs.isDuplicate("E", 102.5f, 700f, 2f)).isFalse();
    assertThat(glyphs.isDuplicate("E", 100f, 712f, 2f)).isFalse();
  }

  @Test
  void countsTheLowEndOfTheToleranceInAndTheHighEndOut() {
    DuplicateGlyphs glyphs = new DuplicateGlyphs();
    glyphs.isDuplicate("a", 10f, 10f, 1f);

    // A kept glyph at x = 10 is within [12 - 2, 12 + 2) but not within [8 - 2, 8 + 2).
    assertThat(glyphs.isDuplicate("a", 12f, 10f, 2f)).isTrue();
    assertThat(glyphs.isDuplicate("a", 8f, 10f, 2f)).isFalse();
  }

  @Test
  void forgetsThePageOnClear() {
    DuplicateGlyphs glyphs = new DuplicateGlyphs();
    glyphs.isDuplicate("E", 100f, 700f, 2f);

    glyphs.clear();

    assertThat(glyphs.isDuplicate("E", 100f, 700f, 2f)).isFalse();
  }

  @Test
  void neverDropsAGlyphOfNoSizeOrOffThePage() {
    DuplicateGlyphs glyphs = new DuplicateGlyphs();

    assertThat(glyphs.isDuplicate("E", 1e30f, 0f, 2f)).isFalse();
    assertThat(glyphs.isDuplicate("E", 1e30f, 0f, 2f)).isFalse();
    assertThat(glyphs.isDuplicate("E", 5f, 5f, Float.NaN)).isFalse();
    assertThat(glyphs.isDuplicate("E", 5f, 5f, Float.POSITIVE_INFINITY)).isFalse();
  }

  @Test
  void decidesAsPdfBoxsSortedMapsDoOnPagesOfRandomGlyphs() {
    Random random = new Random(7);
    for (int page = 0; page < 50; page++) {
      DuplicateGlyphs glyphs = new DuplicateGlyphs();
      SortedMapCheck pdfbox = new SortedMapCheck();
      for (int i = 0; i < 2000; i++) {
        String text = String.valueOf((char) ('a' + random.nextInt(6)));
        // A small page, so that glyphs meet often; some drawn again a fraction of a point away.
        float x = random.nextInt(400) / 4f;
        float y = random.nextInt(200) / 4f;
        float tolerance = (1 + random.nextInt(40)) / 8f;
        assertThat(glyphs.isDuplicate(text, x, y, tolerance))
            .as("page %d glyph %d", page, i)
            .isEqualTo(pdfbox.isDuplicate(text, x, y, tolerance));
      }
    }
  }

  // PDFTextStripper's check, as PDFBox 3 writes it: a sorted map of x to sorted y per text.
  private static final class SortedMapCheck {
    private final Map<String, TreeMap<Float, TreeSet<Float>>> byText = new HashMap<>();

    boolean isDuplicate(String text, float x, float y, float tolerance) {
      TreeMap<Float, TreeSet<Float>> same = byText.computeIfAbsent(text, k -> new TreeMap<>());
      for (TreeSet<Float> ys : same.subMap(x - tolerance, x + tolerance).values()) {
        if (!ys.subSet(y - tolerance, y + tolerance).isEmpty()) {
          return true;
        }
      }
      same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
      return false;
    }
  }
}
