package dev.vitae.parser.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** windows-1252 as browsers use it: the five bytes it leaves undefined map through Latin-1. */
final class Windows1252 {
  static final Charset CHARSET = Charset.forName("windows-1252");

  private static final char[] HIGH = new char[128];
  private static final int[] SPECIAL_BYTES = new int[0x2123];

  static {
    CharsetDecoder decoder =
        CHARSET
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0x80; b <= 0xFF; b++) {
      char c;
      try {
        c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException e) {
        c = (char) b;
      }
      HIGH[b - 0x80] = c;
      if (c >= 0x100 && c < SPECIAL_BYTES.length) {
        SPECIAL_BYTES[c] = b;
      }
    }
  }

  private Windows1252() {}

  static String decode(byte[] bytes, int offset, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xFF;
      out[i] = b < 0x80 ? (char) b : HIGH[b - 0x80];
    }
    return new String(out);
  }

  /** The byte (0x80-0xFF) that decodes to {@code c}, or -1 for ASCII and unmapped characters. */
  static int highByte(char c) {
    if (c < 0x80) {
      return -1;
    }
    if (c <= 0xFF) {
      // C1 controls stand for themselves: that is what a Latin-1 decoder leaves behind.
      return c;
    }
    return c < SPECIAL_BYTES.length && SPECIAL_BYTES[c] != 0 ? SPECIAL_BYTES[c] : -1;
  }
}
