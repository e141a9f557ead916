package dev.vitae.extractor.normalize;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;

/** URLs as the schema's {@code uri} format wants them: non-ASCII and spaces percent-encoded. */
public final class Urls {
  private Urls() {}

  /** The URL with every non-ASCII character, space and control character percent-encoded. */
  @Contract("!null -> !null")
  public static @Nullable String toUri(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    StringBuilder sb = new StringBuilder(u.length() + 16);
    for (int i = 0; i < u.length(); ) {
      int cp = u.codePointAt(i);
      i += Character.charCount(cp);
      if (cp > 0x20
          && cp < 0x7F
          && cp != '"'
          && cp != '<'
          && cp != '>'
          && cp != '\\'
          && cp != '^'
          && cp != '`'
          && cp != '{'
          && cp != '|'
          && cp != '}') {
        sb.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
      }
    }
    return sb.toString();
  }
}
