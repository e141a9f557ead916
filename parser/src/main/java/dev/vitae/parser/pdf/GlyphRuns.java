package dev.vitae.parser.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Repairs a line whose glyphs, taken in drawing order, misread it. Three cases, decided from glyph
 * geometry alone:
 *
 * <ul>
 *   <li>runs drawn out of x order (browsers paint a right-aligned date before the title on its
 *       left): the runs are put in x order;
 *   <li>letter-spaced text ({@code S K I L L S}): a line of single letters with uniform gaps is
 *       joined into words, cut where a gap is a space wider than the letter gap;
 *   <li>synthesized small caps ({@code E XPERIENCE}): a capital followed, without a real gap, by a
 *       word of smaller capitals is one word.
 * </ul>
 *
 * Ordinary lines pass through one scan without allocation: {@link #repair} answers {@code null}.
 */
final class GlyphRuns {
  // A glyph this many ems left of the one drawn before it starts a run drawn out of order (an
  // accent drawn after its letter steps back less).
  private static final float BACKWARD_EMS = 1.5f;
  // Within a line drawn out of order, a gap this many ems wide also starts a run.
  private static final float GAP_EMS = 1.0f;
  private static final int MIN_SPACED_LETTERS = 4;
  // Letter-spaced words are cut where the gap exceeds the letter gap by this share of an em.
  private static final float SPACE_EMS = 0.15f;
  // Letter gaps of a letter-spaced line differ by at most this share of an em.
  private static final float UNIFORM_EMS = 0.12f;
  // Small capitals are this share of the capital's size; and follow it within this many ems.
  private static final float SMALL_CAPS_MIN = 0.55f;
  private static final float SMALL_CAPS_MAX = 0.9f;
  private static final float SMALL_CAPS_GAP_EMS = 0.3f;

  private GlyphRuns() {}

  /**
   * What a repaired line is made of.
   *
   * @param glyphs the glyphs in reading order, word numbers renumbered
   * @param text the raw text, words separated by spaces
   */
  record Repair(List<PdfReader.Glyph> glyphs, String text) {}

  /** The repaired line, or {@code null} when its glyphs read right as drawn. */
  static @Nullable Repair repair(List<PdfReader.Glyph> glyphs) {
    boolean backward = drawnBackward(glyphs);
    boolean spaced = !backward && letterSpaced(glyphs);
    boolean smallCaps = !backward && hasSmallCaps(glyphs);
    if (!backward && !spaced && !smallCaps) {
      return null;
    }
    boolean[] runStarts = new boolean[glyphs.size()];
    List<PdfReader.Glyph> ordered = backward ? inXOrder(glyphs, runStarts) : glyphs;
    boolean[] joined = new boolean[ordered.size()];
    if (spaced) {
      joinSpacedLetters(ordered, joined);
    }
    if (smallCaps) {
      joinSmallCaps(ordered, joined);
    }
    return rebuild(ordered, joined, runStarts);
  }

  private static boolean drawnBackward(List<PdfReader.Glyph> glyphs) {
    for (int i = 1; i < glyphs.size(); i++) {
      PdfReader.Glyph previous = glyphs.get(i - 1);
      PdfReader.Glyph glyph = glyphs.get(i);
      if (glyph.x() < previous.x() - BACKWARD_EMS * previous.em()) {
        // Right-to-left scripts are drawn leftwards on purpose; PDFBox has ordered them already.
        return !hasRightToLeft(glyphs);
      }
    }
    return false;
  }

  private static boolean hasRightToLeft(List<PdfReader.Glyph> glyphs) {
    for (PdfReader.Glyph glyph : glyphs) {
      String text = glyph.text();
      for (int i = 0; i < text.length(); i++) {
        byte direction = Character.getDirectionality(text.charAt(i));
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
      }
    }
    return false;
  }

  // Runs cut where the drawing jumps back leftwards or leaves a wide gap, put in order of their
  // left edge; runStarts
  // marks where each run but the first starts in the result.
  private static List<PdfReader.Glyph> inXOrder(List<PdfReader.Glyph> glyphs, boolean[] runStarts) {
    List<List<PdfReader.Glyph>> runs = new ArrayList<>();
    List<PdfReader.Glyph> run = new ArrayList<>();
    for (PdfReader.Glyph glyph : glyphs) {
      if (!run.isEmpty()) {
        PdfReader.Glyph previous = run.get(run.size() - 1);
        boolean back = glyph.x() < previous.x() - BACKWARD_EMS * previous.em();
        // A wide gap ends a run too: a margin label drawn before a date flush right, then the text
        // between them, is three runs, not two.
        boolean apart = glyph.x() - (previous.x() + previous.width()) > GAP_EMS * previous.em();
        if (back || apart) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      run.add(glyph);
    }
    runs.add(run);
    runs.sort(Comparator.comparingDouble(GlyphRuns::left));
    List<PdfReader.Glyph> out = new ArrayList<>(glyphs.size());
    for (List<PdfReader.Glyph> r : runs) {
      if (!out.isEmpty()) {
        runStarts[out.size()] = true;
      }
      out.addAll(r);
    }
    return out;
  }

  private static double left(List<PdfReader.Glyph> run) {
    double left = Double.POSITIVE_INFINITY;
    for (PdfReader.Glyph glyph : run) {
      left = Math.min(left, glyph.x());
    }
    return left;
  }

  // Every word of the line one letter (or '&'), at least MIN_SPACED_LETTERS of them.
  private static boolean letterSpaced(List<PdfReader.Glyph> glyphs) {
    int words = 0;
    int lastWord = Integer.MIN_VALUE;
    for (PdfReader.Glyph glyph : glyphs) {
      if (glyph.visible() == 0) {
        continue;
      }
      if (glyph.word() == lastWord || glyph.visible() != 1 || !isLetterLike(glyph.text())) {
        return false;
      }
      lastWord = glyph.word();
      words++;
    }
    return words >= MIN_SPACED_LETTERS;
  }

  private static boolean isLetterLike(String text) {
    int cp = text.codePointAt(0);
    return Character.isLetter(cp) || cp == '&';
  }

  // Joins neighbours whose gap is the line's letter gap; wider gaps are the spaces between words.
  private static void joinSpacedLetters(List<PdfReader.Glyph> glyphs, boolean[] joined) {
    List<Integer> visible = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      if (glyphs.get(i).visible() > 0) {
        visible.add(i);
      }
    }
    float[] gaps = new float[visible.size() - 1];
    for (int k = 1; k < visible.size(); k++) {
      gaps[k - 1] = gap(glyphs.get(visible.get(k - 1)), glyphs.get(visible.get(k)));
    }
    float[] sorted = gaps.clone();
    Arrays.sort(sorted);
    float letterGap = sorted[0];
    float em = glyphs.get(visible.get(0)).em();
    float cut = letterGap + SPACE_EMS * em;
    float widest = letterGap;
    for (float g : gaps) {
      if (g <= cut) {
        widest = Math.max(widest, g);
      }
    }
    if (widest - letterGap > UNIFORM_EMS * em) {
      return;
    }
    for (int k = 1; k < visible.size(); k++) {
      if (gaps[k - 1] <= cut) {
        joined[visible.get(k)] = true;
      }
    }
  }

  private static float gap(PdfReader.Glyph left, PdfReader.Glyph right) {
    return right.x() - (left.x() + left.width());
  }

  private static boolean hasSmallCaps(List<PdfReader.Glyph> glyphs) {
    for (int i = 1; i < glyphs.size(); i++) {
      if (smallCapsAt(glyphs, i)) {
        return true;
      }
    }
    return false;
  }

  // Glyph i starts a run of smaller capitals right after a word's first capital of a larger size.
  private static boolean smallCapsAt(List<PdfReader.Glyph> glyphs, int i) {
    PdfReader.Glyph capital = glyphs.get(i - 1);
    PdfReader.Glyph next = glyphs.get(i);
    if (!isUpperLetter(capital)
        || !isUpperLetter(next)
        || next.size() < SMALL_CAPS_MIN * capital.size()
        || next.size() > SMALL_CAPS_MAX * capital.size()
        || gap(capital, next) > SMALL_CAPS_GAP_EMS * capital.em()
        || (i >= 2
            && glyphs.get(i - 2).word() == capital.word()
            && glyphs.get(i - 2).visible() > 0)) {
      return false;
    }
    // Drawn as one word or as two, the smaller capitals run to the end of their word.
    // The smaller word is capitals through and through.
    for (int j = i + 1;
        j < glyphs.size() && glyphs.get(j).word() == next.word() && glyphs.get(j).visible() > 0;
        j++) {
      PdfReader.Glyph g = glyphs.get(j);
      if (!isUpperLetter(g) || g.size() != next.size()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperLetter(PdfReader.Glyph glyph) {
    return glyph.visible() == 1 && Character.isUpperCase(glyph.text().codePointAt(0));
  }

  private static void joinSmallCaps(List<PdfReader.Glyph> glyphs, boolean[] joined) {
    for (int i = 1; i < glyphs.size(); i++) {
      if (smallCapsAt(glyphs, i)) {
        joined[i] = true;
      }
    }
  }

  // The text from the glyphs: a space where the word changes, unless joined or between CJK.
  private static Repair rebuild(
      List<PdfReader.Glyph> glyphs, boolean[] joined, boolean[] runStarts) {
    StringBuilder text = new StringBuilder();
    List<PdfReader.Glyph> out = new ArrayList<>(glyphs.size());
    PdfReader.Glyph previous = null;
    int word = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      PdfReader.Glyph glyph = glyphs.get(i);
      if (previous != null && (runStarts[i] || (glyph.word() != previous.word() && !joined[i]))) {
        boolean cjk =
            !text.isEmpty()
                && PdfText.isCjk(text.codePointBefore(text.length()))
                && PdfText.isCjk(glyph.text().codePointAt(0))
                && gap(previous, glyph) < previous.em();
        if (!cjk) {
          text.append(' ');
        }
        word++;
      }
      text.append(glyph.text());
      out.add(glyph.withWord(word));
      previous = glyph;
    }
    return new Repair(out, text.toString());
  }
}
