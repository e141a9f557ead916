package dev.vitae.parser.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides the charset of a text file and decodes it. Stateless and thread-safe; never throws on bad
 * input (anything decodes as windows-1252 in the end).
 *
 * <p>Order: a byte order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark (NUL bytes in a
 * text-like pattern); strict UTF-8; the legacy Chinese charsets GB18030 (GBK, GB2312) and Big5 when
 * most high bytes pair into frequent characters; otherwise windows-1252, with the bytes it leaves
 * undefined read as Latin-1 (what Tika and browsers do for an ISO-8859-1 verdict).
 *
 * <p>tika-core 3.3.1 ships no statistical {@code EncodingDetector} (the ICU4J and juniversalchardet
 * ones live in tika-parsers modules we do not depend on), hence this small detector for the
 * charsets resumes actually come in.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  // Share of high bytes that must pair into frequent CJK characters for a CJK verdict.
  private static final double CJK_MIN_SCORE = 0.6;

  // Share of decoded characters that must be common text for a UTF-16 verdict.
  private static final double UTF16_MIN_TEXT = 0.9;

  private TextDecoder() {}

  /** Decodes all of {@code bytes} with the detected charset. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, bytes.length, false);
  }

  /**
   * Decodes the first {@code length} bytes of a longer input, for sniffing. A multi-byte character
   * cut by the end of the prefix is left out and does not change the verdict.
   */
  public static DecodedText decodePrefix(byte[] bytes, int length) {
    if (length < 0 || length > bytes.length) {
      throw new IllegalArgumentException("length out of range: " + length);
    }
    return decode(bytes, length, length < bytes.length);
  }

  private static DecodedText decode(byte[] bytes, int length, boolean prefix) {
    Optional<DecodedText> bom = decodeWithBom(bytes, length);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (hasNul(bytes, length)) {
      Optional<DecodedText> utf16 = decodeUtf16(bytes, length);
      if (utf16.isPresent()) {
        return utf16.get();
      }
    }
    int validEnd = utf8ValidEnd(bytes, length, prefix);
    if (validEnd >= 0) {
      return new DecodedText(
          new String(bytes, 0, validEnd, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    int end = prefix && endsWithLoneLead(bytes, length) ? length - 1 : length;
    Optional<DecodedText> cjk = decodeLegacyCjk(bytes, end);
    if (cjk.isPresent()) {
      return cjk.get();
    }
    return new DecodedText(Windows1252.decode(bytes, 0, length), Windows1252.CHARSET);
  }

  private static Optional<DecodedText> decodeWithBom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(lenient(b, 3, n, StandardCharsets.UTF_8));
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return Optional.of(lenient(b, 4, n, UTF_32LE));
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return Optional.of(lenient(b, 4, n, UTF_32BE));
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(lenient(b, 2, n, StandardCharsets.UTF_16LE));
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(lenient(b, 2, n, StandardCharsets.UTF_16BE));
    }
    return Optional.empty();
  }

  private static boolean hasNul(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  // ASCII characters leave NULs on one side of each code unit: that side gives the byte order.
  private static Optional<DecodedText> decodeUtf16(byte[] b, int n) {
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          evenNuls++;
        } else {
          oddNuls++;
        }
      }
    }
    Charset first = oddNuls >= evenNuls ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    Charset second =
        StandardCharsets.UTF_16LE.equals(first)
            ? StandardCharsets.UTF_16BE
            : StandardCharsets.UTF_16LE;
    for (Charset charset : new Charset[] {first, second}) {
      Optional<String> text = strict(b, 0, n & ~1, charset);
      if (text.isPresent() && commonShare(text.get()) >= UTF16_MIN_TEXT) {
        return Optional.of(new DecodedText(text.get(), charset));
      }
    }
    return Optional.empty();
  }

  // Binary read as UTF-16 spreads over the whole BMP; text stays in a few common blocks.
  private static double commonShare(String text) {
    int total = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      total++;
      boolean isCommon =
          (c >= 0x20 && c < 0x7F)
              || c == '\n'
              || c == '\r'
              || c == '\t'
              || (c >= 0xA0 && c <= 0x24F) // Latin-1 and Latin Extended
              || (c >= 0x370 && c <= 0x4FF) // Greek, Cyrillic
              || (c >= 0x2000 && c <= 0x206F) // general punctuation
              || (c >= 0x3000 && c <= 0x30FF) // CJK punctuation, kana
              || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
              || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
              || (c >= 0xFF00 && c <= 0xFFEF); // full-width forms
      if (isCommon) {
        common++;
      }
    }
    return total == 0 ? 0 : (double) common / total;
  }

  /**
   * Share (0 to 1) of the characters that are ordinary text: not controls other than line breaks
   * and tabs, not unassigned, private-use or replacement characters. 1 for empty text.
   */
  public static double textShare(String text) {
    int total = 0;
    int good = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total++;
      int type = Character.getType(cp);
      boolean bad =
          (type == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t')
              || type == Character.UNASSIGNED
              || type == Character.PRIVATE_USE
              || type == Character.SURROGATE
              || cp == 0xFFFD;
      if (!bad) {
        good++;
      }
    }
    return total == 0 ? 1 : (double) good / total;
  }

  // The end of the valid UTF-8 (for a prefix, the start of a cut sequence), or -1.
  private static int utf8ValidEnd(byte[] b, int n, boolean prefix) {
    int i = 0;
    while (i < n) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int count;
      int min = 0x80;
      int max = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        count = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        count = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        count = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
      } else {
        return -1;
      }
      for (int k = 1; k < count; k++) {
        if (i + k >= n) {
          return prefix ? i : -1;
        }
        int c = b[i + k] & 0xFF;
        if (k == 1 ? c < min || c > max : c < 0x80 || c > 0xBF) {
          return -1;
        }
      }
      i += count;
    }
    return n;
  }

  // Frequent characters: GB2312 rows B0-D7 (the 3,755 common hanzi) and A1-A3, Big5 rows A4-C6
  // and A1-A3. Western text has lone high bytes; each Chinese charset read as the other misses.
  private static Optional<DecodedText> decodeLegacyCjk(byte[] b, int n) {
    int high = 0;
    for (int i = 0; i < n; i++) {
      if ((b[i] & 0xFF) >= 0x80) {
        high++;
      }
    }
    if (high == 0) {
      return Optional.empty();
    }
    double gb = (double) frequentGbBytes(b, n) / high;
    double big5 = (double) frequentBig5Bytes(b, n) / high;
    if (Math.max(gb, big5) < CJK_MIN_SCORE) {
      return Optional.empty();
    }
    Charset[] order =
        gb >= big5
            ? new Charset[] {GB18030, BIG5, BIG5_HKSCS}
            : new Charset[] {BIG5, BIG5_HKSCS, GB18030};
    for (Charset charset : order) {
      Optional<String> text = strict(b, 0, n, charset);
      if (text.isPresent()) {
        return Optional.of(new DecodedText(text.get(), charset));
      }
    }
    return Optional.empty();
  }

  // An odd run of high bytes at the end: the prefix cut a two-byte character.
  private static boolean endsWithLoneLead(byte[] b, int n) {
    int run = 0;
    for (int i = n - 1; i >= 0 && (b[i] & 0xFF) >= 0x80; i--) {
      run++;
    }
    return (run & 1) == 1;
  }

  private static int frequentGbBytes(byte[] b, int n) {
    int frequent = 0;
    int i = 0;
    while (i < n) {
      int lead = b[i] & 0xFF;
      if (lead < 0x81 || lead == 0xFF || i + 1 >= n) {
        i++;
        continue;
      }
      int trail = b[i + 1] & 0xFF;
      if (trail >= 0x30 && trail <= 0x39) {
        i += 4; // a GB18030 four-byte sequence: valid, but never frequent
        continue;
      }
      if (trail < 0x40 || trail == 0x7F || trail == 0xFF) {
        i++;
        continue;
      }
      if (trail >= 0xA1 && ((lead >= 0xB0 && lead <= 0xD7) || (lead >= 0xA1 && lead <= 0xA3))) {
        frequent += 2;
      }
      i += 2;
    }
    return frequent;
  }

  private static int frequentBig5Bytes(byte[] b, int n) {
    int frequent = 0;
    int i = 0;
    while (i < n) {
      int lead = b[i] & 0xFF;
      if (lead < 0x81 || lead == 0xFF || i + 1 >= n) {
        i++;
        continue;
      }
      int trail = b[i + 1] & 0xFF;
      boolean validTrail = (trail >= 0x40 && trail <= 0x7E) || (trail >= 0xA1 && trail <= 0xFE);
      if (!validTrail) {
        i++;
        continue;
      }
      if ((lead >= 0xA4 && lead <= 0xC5)
          || (lead == 0xC6 && trail <= 0x7E)
          || (lead >= 0xA1 && lead <= 0xA3)) {
        frequent += 2;
      }
      i += 2;
    }
    return frequent;
  }

  private static Optional<String> strict(byte[] b, int from, int to, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, from, to - from))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static DecodedText lenient(byte[] b, int from, int to, Charset charset) {
    return new DecodedText(new String(b, from, to - from, charset), charset);
  }
}
