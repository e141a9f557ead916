package dev.vitae.cli.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * File names as a batch records, shows and writes them. A Linux file name is bytes, not text: Java
 * shows bytes that are not UTF-8 as U+FFFD, so {@code caf\xe9.txt} and {@code caf\xe8.txt} would
 * share one name. Here names are taken as their bytes ({@link Path#toUri()} keeps them) and:
 *
 * <ul>
 *   <li>{@link #escaped} records them injectively: UTF-8 as it is, {@code \} as {@code \\}, any
 *       other byte as {@code \xHH} (the manifest, {@code errors.jsonl}, {@code
 *       meta.vitae.source.file});
 *   <li>{@link #shown} prints them on a terminal, with control characters escaped too;
 *   <li>{@link #target} names the output: {@code name.json} beside the mirrored folders when that
 *       can be a file name, else {@code stem~HASH.json}, HASH being 16 hex digits of the SHA-256 of
 *       the name's bytes: for a name that is not UTF-8, one whose output would pass 255 bytes, one
 *       with a folder {@code name.json} beside it, and one that looks like such a name itself (so
 *       that no input can take another's output name).
 * </ul>
 */
public final class FileNames {
  /** The longest file name most file systems take, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  private static final String SUFFIX = ".json";
  private static final int HASH_CHARS = 16;
  // Leaves room for "~" + hash + ".json" within MAX_NAME_BYTES.
  private static final int MAX_STEM_BYTES = 200;
  private static final Pattern HASHED = Pattern.compile(".*~[0-9a-f]{16}(\\.json)?");

  /**
   * Why a name was lost: the JVM reads names in the locale's character set, and it is not UTF-8.
   */
  public static final String LOCALE_HINT =
      "the name cannot be read in this locale's character set ("
          + System.getProperty("sun.jnu.encoding", "unknown")
          + "); run vitae under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (bin/vitae does so)";

  // Whether the JVM decodes file names and arguments as UTF-8 (LC_CTYPE is a UTF-8 locale).
  private static final boolean NAMES_ARE_UTF8 = namesAreUtf8();

  private FileNames() {}

  private static boolean namesAreUtf8() {
    String encoding = System.getProperty("sun.jnu.encoding");
    try {
      return encoding == null || Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The bytes of each name of {@code path} (relative or absolute), in order. */
  static List<byte[]> names(Path path) {
    int count = path.getNameCount();
    List<byte[]> names = new ArrayList<>(count);
    String text = path.toString();
    if (text.indexOf('\uFFFD') < 0 || !"/".equals(path.getFileSystem().getSeparator())) {
      // Java decoded every byte: the text is the name.
      for (int i = 0; i < count; i++) {
        names.add(path.getName(i).toString().getBytes(StandardCharsets.UTF_8));
      }
      return names;
    }
    String raw = path.toUri().getRawPath();
    if (raw.endsWith("/") && raw.length() > 1) {
      raw = raw.substring(0, raw.length() - 1);
    }
    String[] parts = raw.split("/", -1);
    for (int i = parts.length - count; i < parts.length; i++) {
      names.add(percentDecode(parts[i]));
    }
    return names;
  }

  /** {@code path}'s names escaped (see the class comment) and joined with {@code /}. */
  static String escaped(Path path) {
    return join(path, false);
  }

  /**
   * {@code path} for a terminal: as {@link #escaped}, with control characters (C0, DEL, C1, and
   * bidirectional overrides) as {@code \xHH} or {@code \}{@code u{HHHH}}.
   */
  public static String shown(Path path) {
    return join(path, true);
  }

  private static String join(Path path, boolean controls) {
    if (path.getNameCount() == 0) {
      return path.toString();
    }
    StringBuilder sb = new StringBuilder();
    if (path.isAbsolute()) {
      sb.append('/');
    }
    boolean first = true;
    for (byte[] name : names(path)) {
      if (!first) {
        sb.append('/');
      }
      first = false;
      escape(name, sb, controls);
    }
    return sb.toString();
  }

  /**
   * {@code text} with its control characters escaped and nothing else changed, for a message that
   * may hold names {@link #shown} already (whose backslashes must not be doubled twice).
   */
  public static String controlsEscaped(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (isControl(cp)) {
                sb.append(escaped(cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  /** {@code text} with control characters escaped, for a terminal. */
  public static String shown(String text) {
    return escape(text.getBytes(StandardCharsets.UTF_8), new StringBuilder(), true).toString();
  }

  /**
   * Where the output of {@code file} ({@code inDir.resolve(relative)}) goes under {@code outDir}:
   * the mirrored folders, then the output name (see the class comment). Always under {@code
   * outDir}, and the same for the same input tree.
   */
  static Path target(Path file, Path outDir, Path relative) {
    List<byte[]> names = names(relative);
    Path target = outDir;
    for (int i = 0; i < names.size() - 1; i++) {
      target = target.resolve(folderName(names.get(i)));
    }
    byte[] name = names.get(names.size() - 1);
    String text = utf8(name);
    boolean plain =
        text != null
            && name.length + SUFFIX.length() <= MAX_NAME_BYTES
            && !HASHED.matcher(text + SUFFIX).matches()
            && !Files.isDirectory(file.resolveSibling(text + SUFFIX), LinkOption.NOFOLLOW_LINKS);
    if (plain) {
      Path output = target.resolve(text + SUFFIX);
      // A folder left there cannot be replaced by a file; the hashed name can be written.
      if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
        return output;
      }
    }
    return target.resolve(hashed(name) + SUFFIX);
  }

  private static String folderName(byte[] name) {
    String text = utf8(name);
    return text != null && !HASHED.matcher(text).matches() ? text : hashed(name);
  }

  // The name's UTF-8 text (other bytes as "_"), cut to MAX_STEM_BYTES, then "~" and the hash.
  private static String hashed(byte[] name) {
    StringBuilder stem = new StringBuilder();
    int bytes = 0;
    int at = 0;
    while (at < name.length) {
      int length = sequence(name, at);
      int cost = Math.max(length, 1);
      if (bytes + cost > MAX_STEM_BYTES) {
        break;
      }
      if (length > 0) {
        stem.append(new String(name, at, length, StandardCharsets.UTF_8));
        at += length;
      } else {
        stem.append('_');
        at++;
      }
      bytes += cost;
    }
    return stem + "~" + HexFormat.of().formatHex(sha256(name)).substring(0, HASH_CHARS);
  }

  private static StringBuilder escape(byte[] name, StringBuilder sb, boolean controls) {
    int at = 0;
    while (at < name.length) {
      int length = sequence(name, at);
      if (length == 0) {
        sb.append(String.format(Locale.ROOT, "\\x%02X", name[at] & 0xFF));
        at++;
        continue;
      }
      int cp = new String(name, at, length, StandardCharsets.UTF_8).codePointAt(0);
      at += length;
      if (cp == '\\') {
        sb.append("\\\\");
      } else if (controls && isControl(cp)) {
        sb.append(escaped(cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb;
  }

  private static boolean isControl(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp < 0xA0)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }

  // The length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlong forms, no
  // surrogates, nothing past U+10FFFF), or 0 when the byte there starts none.
  private static int sequence(byte[] b, int at) {
    int lead = b[at] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int length;
    int min;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min = lead == 0xE0 ? 0xA0 : 0x80;
      max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min = lead == 0xF0 ? 0x90 : 0x80;
      max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (at + length > b.length) {
      return 0;
    }
    int second = b[at + 1] & 0xFF;
    if (second < min || second > max) {
      return 0;
    }
    for (int i = 2; i < length; i++) {
      int next = b[at + i] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  // The name as text when it is all well-formed UTF-8, else null.
  private static @Nullable String utf8(byte[] name) {
    for (int at = 0; at < name.length; ) {
      int length = sequence(name, at);
      if (length == 0) {
        return null;
      }
      at += length;
    }
    return new String(name, StandardCharsets.UTF_8);
  }

  private static byte[] percentDecode(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /**
   * The path of a file whose name is the given bytes, in {@code folder}: for a name given on a
   * command line that Java could not decode.
   */
  public static Path resolve(Path folder, byte[] name) {
    StringBuilder raw = new StringBuilder(folder.toAbsolutePath().toUri().getRawPath());
    if (raw.charAt(raw.length() - 1) != '/') {
      raw.append('/');
    }
    for (byte b : name) {
      raw.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
    }
    return Path.of(URI.create("file://" + raw));
  }

  /**
   * The file a command-line argument names. Java decodes arguments from the platform's encoding, so
   * a name that is not UTF-8 arrives with U+FFFD in place of its odd bytes and names no file; its
   * bytes are then taken from {@code /proc/self/cmdline} (Linux), when exactly one argument decodes
   * to {@code arg}.
   *
   * @throws InvalidPathException with {@link #LOCALE_HINT} as its reason when the name was lost
   *     because the locale's character set is not UTF-8 ({@code LANG=C})
   */
  public static Path argument(String arg) {
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      // Under an ASCII locale, a name Java could not decode cannot be encoded back either.
      if (!NAMES_ARE_UTF8 && arg.chars().anyMatch(c -> c > 0x7F)) {
        throw new InvalidPathException(shown(arg), LOCALE_HINT);
      }
      throw e;
    }
    if (arg.indexOf('\uFFFD') < 0 || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return path;
    }
    byte[] cmdline;
    try {
      cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
    } catch (IOException | RuntimeException e) {
      return path;
    }
    byte[] match = null;
    int start = 0;
    for (int i = 0; i <= cmdline.length; i++) {
      if (i < cmdline.length && cmdline[i] != 0) {
        continue;
      }
      byte[] entry = Arrays.copyOfRange(cmdline, start, i);
      start = i + 1;
      if (new String(entry, StandardCharsets.UTF_8).equals(arg)) {
        if (match != null && !Arrays.equals(match, entry)) {
          return path; // two arguments decode alike: which one is meant is unknown
        }
        match = entry;
      }
    }
    if (match == null && !NAMES_ARE_UTF8) {
      throw new InvalidPathException(shown(arg), LOCALE_HINT);
    }
    return match == null ? path : path(match);
  }

  /**
   * The path whose bytes are {@code raw}, relative to the working directory unless it starts with
   * {@code /}: as Java reads it when the bytes are UTF-8, and byte for byte when they are not.
   *
   * @throws java.nio.file.InvalidPathException when the bytes hold a NUL
   */
  static Path path(byte[] raw) {
    String text = utf8(raw);
    if (text != null || !"/".equals(java.io.File.separator)) {
      return Path.of(text != null ? text : new String(raw, StandardCharsets.UTF_8));
    }
    for (byte b : raw) {
      if (b == 0) {
        throw new java.nio.file.InvalidPathException("(not UTF-8)", "a NUL byte");
      }
    }
    Path cwd = Path.of("").toAbsolutePath();
    boolean absolute = raw.length > 0 && raw[0] == '/';
    StringBuilder uri = new StringBuilder(absolute ? "" : cwd.toUri().getRawPath());
    if (!absolute && uri.charAt(uri.length() - 1) != '/') {
      uri.append('/');
    }
    for (byte b : raw) {
      if (b == '/') {
        uri.append('/');
      } else {
        uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    Path found = Path.of(URI.create("file://" + uri)).normalize();
    return absolute ? found : cwd.relativize(found);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }

  // Two hex digits for a control character below 0x100, braced four above it.
  private static String escaped(int cp) {
    return cp < 0x100
        ? String.format(Locale.ROOT, "\\x%02X", cp)
        : String.format(Locale.ROOT, "\\u{%04X}", cp);
  }
}
