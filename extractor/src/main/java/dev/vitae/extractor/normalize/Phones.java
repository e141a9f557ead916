package dev.vitae.extractor.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers to E.164 with libphonenumber.
 *
 * <p>A number is read with its own prefix ({@code +86 …}, {@code 0086 …}) when it has one, else
 * with the default region. Without a default region only two national shapes are recognized,
 * because they are unambiguous enough to guess the country: a Chinese mobile number (11 digits
 * starting {@code 13}–{@code 19}) and a North American number written in 3-3-4 groups ({@code (919)
 * 473-3145}, {@code 607.379.5733}). Dates and date ranges ({@code 2018-2021}, {@code
 * 2021.2-2023.5}) are never taken as numbers.
 */
public final class Phones {
  /** Bounds the work libphonenumber does on one text. */
  private static final int MAX_TRIES = 50;

  private static final int MAX_TEXT = 4000;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "^(?:19|20)\\d{2}\\s*(?:[./年]\\s*\\d{1,2}|[-–—~～]\\s*(?:(?:19|20)\\d{2}|\\d{1,2}\\b))");
  private static final Pattern CN_MOBILE = Pattern.compile("^1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}$");
  private static final Pattern NANP_GROUPS =
      Pattern.compile("^\\(?[2-9]\\d{2}\\)?[\\s.-]*[2-9]\\d{2}[\\s.-]\\d{4}$");
  // The same two shapes anywhere in a text: a number of that shape can only be found where they
  // are.
  private static final Pattern CN_MOBILE_IN_TEXT = unanchored(CN_MOBILE);
  private static final Pattern NANP_IN_TEXT = unanchored(NANP_GROUPS);
  private static final Pattern TEL_PREFIX = Pattern.compile("(?i)^tel:\\s*");

  private Phones() {}

  private static Pattern unanchored(Pattern shape) {
    String regex = shape.pattern();
    return Pattern.compile(regex.substring(1, regex.length() - 1));
  }

  /**
   * A number found in a text.
   *
   * @param raw the number as written
   * @param e164 the number in E.164 form
   * @param start index of the first character of {@code raw} in the searched text
   * @param end index one past the last character of {@code raw}
   */
  public record Found(String raw, String e164, int start, int end) {}

  /**
   * {@code raw} in E.164 form, or empty when it is not one valid number. {@code defaultRegion} (ISO
   * 3166-1 alpha-2, may be null) reads numbers written without a country prefix; without it, only
   * the national shapes named in the class comment are read.
   */
  public static Optional<String> toE164(String raw, @Nullable String defaultRegion) {
    if (raw == null || raw.isBlank() || raw.length() > 64) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.startsWith("00")) {
      text = "+" + text.substring(2);
    }
    if (DATE_LIKE.matcher(text).find()) {
      return Optional.empty();
    }
    for (String region : regionsFor(text, defaultRegion)) {
      try {
        PhoneNumber number = UTIL.parse(text, region);
        if (UTIL.isValidNumber(number)) {
          return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        }
      } catch (NumberParseException e) {
        // Not a number in this region; the next candidate region may read it.
      }
    }
    return Optional.empty();
  }

  /**
   * Every valid phone number in {@code text}, in order. {@code region} (may be null) is the default
   * region as in {@link #toE164}. Never throws on odd text; text past 4,000 characters is ignored.
   */
  public static List<Found> find(String text, @Nullable String region) {
    List<Found> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    // Too few digits for any valid number (libphonenumber's shortest: 4 digits nationally, 6 with
    // the country code, both Austria's): most lines are skipped before the costly matcher.
    int minDigits = region == null ? 6 : 4;
    if (!hasDigitRun(bounded, minDigits)) {
      return found;
    }
    if (region != null) {
      collect(bounded, region, found, null);
    } else {
      // libphonenumber is costly and dated lines often have enough digits: each call below runs
      // only when the text holds what it could accept (a plus sign for an unknown region, where
      // only +-prefixed numbers parse; the national shape for CN and US).
      if (bounded.indexOf('+') >= 0 || bounded.indexOf('\uFF0B') >= 0) {
        collect(bounded, "ZZ", found, null);
      }
      if (CN_MOBILE_IN_TEXT.matcher(bounded).find()) {
        collect(bounded, "CN", found, CN_MOBILE);
      }
      if (NANP_IN_TEXT.matcher(bounded).find()) {
        collect(bounded, "US", found, NANP_GROUPS);
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * {@code raw} as the contract writes a phone: E.164 when it can be read, else as written
   * (trimmed, whitespace collapsed, a {@code tel:} scheme removed).
   */
  public static String normalize(String raw, @Nullable String defaultRegion) {
    String text = TEL_PREFIX.matcher(Texts.clean(raw)).replaceFirst("");
    return toE164(text, defaultRegion).orElse(text);
  }

  /**
   * Whether the text has {@code min} digits close together, joined only by the separators phone
   * numbers use: the digits of "from 110k to 150k in 2019" are too scattered to be one number.
   */
  static boolean hasDigitRun(String text, int min) {
    int digits = 0;
    int gap = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        gap = 0;
        if (digits >= min) {
          return true;
        }
      } else if ((c == ' '
              || c == '-'
              || c == '.'
              || c == '('
              || c == ')'
              || c == '/'
              || c == '+'
              || c == '\u00A0')
          && gap < 3
          && digits > 0) {
        gap++;
      } else {
        digits = 0;
        gap = 0;
      }
    }
    return false;
  }

  private static void collect(
      String text, String region, List<Found> into, @Nullable Pattern shape) {
    for (PhoneNumberMatch match : UTIL.findNumbers(text, region, Leniency.VALID, MAX_TRIES)) {
      String raw = match.rawString();
      if (shape != null && !shape.matcher(raw).matches()) {
        continue;
      }
      if (DATE_LIKE.matcher(raw).find() || touchesDigit(text, match.start(), match.end())) {
        continue;
      }
      boolean overlaps =
          into.stream().anyMatch(f -> f.start() < match.end() && match.start() < f.end());
      if (!overlaps) {
        String e164 = UTIL.format(match.number(), PhoneNumberFormat.E164);
        into.add(new Found(raw, e164, match.start(), match.end()));
      }
    }
  }

  // A number glued to more digits or to a version-like dot is part of an ID, not a phone.
  private static boolean touchesDigit(String text, int start, int end) {
    boolean before =
        start > 0
            && (Character.isDigit(text.charAt(start - 1))
                || (text.charAt(start - 1) == '.'
                    && start > 1
                    && Character.isDigit(text.charAt(start - 2))));
    boolean after =
        end < text.length()
            && (Character.isDigit(text.charAt(end))
                || (text.charAt(end) == '.'
                    && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1))));
    return before || after;
  }

  private static List<String> regionsFor(String text, @Nullable String defaultRegion) {
    List<String> regions = new ArrayList<>();
    if (defaultRegion != null) {
      regions.add(defaultRegion);
    }
    if (text.startsWith("+")) {
      regions.add("ZZ");
      return regions;
    }
    if (CN_MOBILE.matcher(text).matches()) {
      regions.add("CN");
    }
    if (NANP_GROUPS.matcher(text).matches()) {
      regions.add("US");
    }
    return regions;
  }
}
