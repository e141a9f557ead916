package dev.vitae.extractor.eval;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which half of the development corpus each renderer belongs to: the <em>tuning</em> half, whose
 * failures may be looked at, or the <em>check</em> half, whose figures are reported and never tuned
 * to. The split is fixed in a committed file ({@code testdata/devcorpus/split.tsv}).
 *
 * <p>The format is UTF-8 text, one {@code renderer<TAB>half} row per line; the header row {@code
 * renderer<TAB>half}, blank lines and lines starting with {@code #} are ignored.
 *
 * @param halves the half of each renderer, sorted by renderer
 */
public record RendererSplit(Map<String, Half> halves) {
  /** A half of the corpus. */
  public enum Half {
    TUNING,
    CHECK;

    /** The half as the split file and the report write it: {@code tuning}, {@code check}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The half a key names.
     *
     * @throws IllegalArgumentException for any other key
     */
    public static Half of(String key) {
      for (Half half : values()) {
        if (half.key().equals(key.strip())) {
          return half;
        }
      }
      throw new IllegalArgumentException("not a half: " + key + " (tuning or check)");
    }
  }

  private static final String HEADER = "renderer\thalf";

  public RendererSplit {
    halves = Collections.unmodifiableMap(new TreeMap<>(halves));
  }

  /**
   * Reads a split.
   *
   * @throws IllegalArgumentException when a row does not hold a renderer and a half, or names a
   *     renderer twice; the message gives the line number
   */
  public static RendererSplit parse(String tsv) {
    Map<String, Half> halves = new TreeMap<>();
    String[] lines = tsv.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#") || line.strip().equals(HEADER)) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 2 || c[0].isBlank()) {
        throw new IllegalArgumentException(
            "split line " + (i + 1) + ": expected two tab-separated columns, renderer and half");
      }
      Half half;
      try {
        half = Half.of(c[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("split line " + (i + 1) + ": " + e.getMessage(), e);
      }
      if (halves.put(c[0].strip(), half) != null) {
        throw new IllegalArgumentException("split line " + (i + 1) + ": renderer listed twice");
      }
    }
    return new RendererSplit(halves);
  }

  /** The half of a renderer, if the split names it. */
  public Optional<Half> findHalf(String renderer) {
    return Optional.ofNullable(halves.get(renderer));
  }
}
