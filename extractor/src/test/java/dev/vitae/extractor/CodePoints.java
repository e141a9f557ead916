package dev.vitae.extractor;

import java.util.stream.IntStream;

/** Code points to test char-level fast paths on. */
public final class CodePoints {
  private static final int PER_CATEGORY = 256;

  private CodePoints() {}

  /**
   * Every code point of the Basic Multilingual Plane (unpaired surrogates included), then the first
   * 256 supplementary code points of each general category: the fast paths decide by category, by
   * case and by a few BMP code points they name.
   */
  public static IntStream bmpAndSupplementarySample() {
    int[] seen = new int[Byte.MAX_VALUE];
    IntStream.Builder out = IntStream.builder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
          || seen[Character.getType(cp)]++ < PER_CATEGORY) {
        out.add(cp);
      }
    }
    return out.build();
  }
}
