package dev.vitae.parser.internal;

import org.jspecify.annotations.Nullable;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as windows-1252 or Latin-1 ({@code JosÃ©} →
 * {@code José}, {@code â€“} → {@code –}, {@code ðŸ“«} → 📫). Stateless and thread-safe.
 *
 * <p>Each run of characters that windows-1252 can encode as bytes 0x80-0xFF is turned back into
 * those bytes; every complete, well-formed UTF-8 sequence found in them replaces the characters it
 * came from, and the rest of the run is left as written. Because a sequence is at least two bytes,
 * a repair always leaves fewer such characters than before. Text without such runs, such as real
 * French or German, is returned unchanged.
 */
public final class Mojibake {
  private static final int MAX_PASSES = 2;

  private Mojibake() {}

  /** The text with mojibake runs repaired; the same instance when nothing needed repair. */
  // identity: repairOnce returns its argument when it changed nothing
  @SuppressWarnings("ReferenceEquality")
  public static String repair(String text) {
    String current = text;
    // A second pass undoes text that went through the wrong decoding twice.
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String repaired = repairOnce(current);
      if (repaired == current) {
        break;
      }
      current = repaired;
    }
    return current;
  }

  private static String repairOnce(String text) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Windows1252.highByte(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Windows1252.highByte(text.charAt(i)) >= 0) {
        i++;
      }
      if (i - start < 2) {
        continue;
      }
      String fixed = repairRun(text, start, i);
      if (fixed != null) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(fixed);
        copied = i;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  // Null when no UTF-8 sequence was found in the run.
  private static @Nullable String repairRun(String text, int start, int end) {
    int length = end - start;
    int[] bytes = new int[length];
    for (int k = 0; k < length; k++) {
      bytes[k] = Windows1252.highByte(text.charAt(start + k));
    }
    StringBuilder out = new StringBuilder(length);
    boolean changed = false;
    int p = 0;
    while (p < length) {
      int consumed = sequenceLength(bytes, p);
      if (consumed > 0) {
        int codePoint = decode(bytes, p, consumed);
        if (isPlausible(codePoint, consumed)) {
          out.appendCodePoint(codePoint);
          p += consumed;
          changed = true;
          continue;
        }
      }
      out.append(text.charAt(start + p));
      p++;
    }
    return changed ? out.toString() : null;
  }

  // 0 when no well-formed multi-byte sequence starts at p.
  private static int sequenceLength(int[] bytes, int p) {
    int lead = bytes[p];
    int count;
    int secondMin = 0x80;
    int secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      count = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      count = 3;
      // Rules out overlong forms (E0) and UTF-16 surrogates (ED).
      secondMin = lead == 0xE0 ? 0xA0 : 0x80;
      secondMax = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      count = 4;
      secondMin = lead == 0xF0 ? 0x90 : 0x80;
      secondMax = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (p + count > bytes.length) {
      return 0;
    }
    if (bytes[p + 1] < secondMin || bytes[p + 1] > secondMax) {
      return 0;
    }
    for (int k = 2; k < count; k++) {
      if (bytes[p + k] < 0x80 || bytes[p + k] > 0xBF) {
        return 0;
      }
    }
    return count;
  }

  private static int decode(int[] bytes, int p, int count) {
    int codePoint = bytes[p] & (0xFF >> (count + 1));
    for (int k = 1; k < count; k++) {
      codePoint = (codePoint << 6) | (bytes[p + k] & 0x3F);
    }
    return codePoint;
  }

  // Real Latin-1 text holds two-byte sequences too ("ß“"): count only commonly mis-decoded scripts.
  private static boolean isPlausible(int codePoint, int byteCount) {
    if (codePoint >= 0x80 && codePoint <= 0x9F) {
      return false;
    }
    if (byteCount > 2) {
      return Character.isDefined(codePoint) && (codePoint & 0xFFFE) != 0xFFFE;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return false;
    }
    return codePoint <= 0x024F // Latin-1 Supplement, Latin Extended-A and -B
        || (codePoint >= 0x0370 && codePoint <= 0x03FF) // Greek
        || (codePoint >= 0x0400 && codePoint <= 0x052F) // Cyrillic
        || (codePoint >= 0x05D0 && codePoint <= 0x05EA) // Hebrew letters
        || (codePoint >= 0x0620 && codePoint <= 0x064A); // Arabic letters
  }
}
