package dev.vitae.extractor.normalize;

import dev.vitae.extractor.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one date grammar for every section: finds periods and single dates written in resume text and
 * turns them into {@link PartialDate}s only as precise as the source.
 *
 * <p>A date is one of: {@code 2019}, {@code 2019.8} / {@code 2019-08} / {@code 2019/08}, {@code
 * 2019-08-01} / {@code 2019/9/1}, {@code 08/2019}, {@code 2019年8月[1日]}, {@code Sep 2019} / {@code
 * Sept. 2019} / {@code September, 2019} / {@code Jun '17} / {@code June 13, 2017} (English, French,
 * German and Spanish month names), or a season such as {@code Summer 2014}. A season resolves to
 * its year alone: it spans several months (and differs between hemispheres), so no month would be
 * as precise as the source. Years outside 1950–2099 are never dates. Between year and month, {@code
 * 2019-10} is October 2019, never 2019 to 2010.
 *
 * <p>A period is two dates joined by a dash ({@code - – — ~ ～ 〜}), a word ({@code to}, {@code
 * until}, {@code 至}, {@code 到}) or, between two bare years, a slash; or a date followed by an
 * ongoing word ({@code Present}, {@code 至今}, see {@link #isOngoing}); or {@code Since 2019}. A
 * month-only start takes the end's year ({@code May – Aug 2019}), a month-only Chinese end takes
 * the start's ({@code 2019年3月-6月}), and a two-digit end year that is no month takes the start's
 * century ({@code 2014-16}). A dash with nothing after it at the end of the text ({@code 2018 -})
 * is read as ongoing. An end earlier than its start is returned as written.
 *
 * <p>Not read as dates: digits glued to letters or to other digit groups (version numbers, phone
 * numbers, {@code QPS10w+}), numbers followed by {@code %}, {@code +} or a Chinese counting unit
 * ({@code 2000万}), amounts after a currency sign, and a bare year right after a product name such
 * as {@code Windows} or {@code Studio}.
 *
 * <p>All methods are static and thread-safe; patterns are compiled once. Odd input yields an empty
 * result, never an exception; a {@code null} argument is a bug and throws {@link
 * NullPointerException}.
 */
public final class DateRanges {
  private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)";
  private static final String MONTH = "(?:1[0-2]|0?[1-9])";
  private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  // hyphen, hyphens U+2010-2015, minus, full-width hyphen, tildes and the right arrow
  private static final String DASH = "[-\\u2010-\\u2015\\u2212\\uFF0D~\\uFF5E\\u301C\\u2192]";
  private static final String SEP =
      "(?:"
          + DASH
          + "{1,3}|(?<!\\p{L})(?:to|until|till|through|thru|à|au|bis|hasta)(?!\\p{L})|至|到)";
  private static final String ONGOING_WORD =
      "(?:present|current(?:ly)?|now|today|ongoing|présent|aujourd['’]hui|maintenant|en cours"
          + "|heute|jetzt|actualidad|presente|actual|至今|迄今|现在|目前|今天|今)";
  private static final String ONGOING_COMPOUND =
      "(?:(?:to|till) date|up to (?:now|present)|(?:to|till|until) (?:now|today|present))";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Map<String, Integer> MONTH_NAMES = monthNames();
  private static final Set<String> SEASONS =
      Set.of(
          "spring",
          "summer",
          "fall",
          "autumn",
          "winter",
          "printemps",
          "été",
          "ete",
          "automne",
          "hiver");
  // a word that may name a month or season; the dictionaries decide, which is much faster than a
  // regex alternation of a hundred names tried at every word
  private static final String WORD = "\\p{L}{3,10}";

  private static final Pattern DATE =
      Pattern.compile(
          "(?<ay>"
              + YEAR
              + ")\\s*年(?:\\s*(?<am>"
              + MONTH
              + ")\\s*月(?:\\s*(?<ad>"
              + DAY
              + ")\\s*[日号])?)?"
              + "|(?<by>"
              + YEAR
              + ")(?<bs>[-./])(?<bm>"
              + MONTH
              + ")\\k<bs>(?<bd>"
              + DAY
              + ")(?!\\d)"
              + "|(?<cy>"
              + YEAR
              + ")[-./](?<cm>"
              + MONTH
              + ")(?!\\d)"
              + "|(?<dm>"
              + MONTH
              + ")[-./](?<dy>"
              + YEAR
              + ")(?!\\d)"
              + "|(?<!\\p{L})(?:(?<ed1>"
              + DAY
              + ")"
              + ORDINAL
              + "\\s+(?:of\\s+)?)?(?<em>"
              + WORD
              + ")(?!\\p{L})\\.?(?:\\s*(?<ed2>"
              + DAY
              + ")"
              + ORDINAL
              + "(?![\\d\\p{L}]))?(?:\\s*,\\s*|\\s+|[-/])?(?:(?<ey>"
              + YEAR
              + ")|['’‘](?<eyy>\\d\\d))(?!\\d)"
              + "|(?<!\\p{L})(?<gm>"
              + WORD
              + ")(?!\\p{L})\\.?(?=\\s*"
              + SEP
              + "\\s*(?:\\d{1,2}\\s+)?"
              + WORD
              + ")"
              + "|(?<fy>"
              + YEAR
              + ")(?!\\d)",
          FLAGS);

  // "Dec. 16 - June 17", "June 17 - Today": a two-digit year after a month name is read as a year
  // only inside such a range, since "June 17" alone is as likely a day
  private static final Pattern MONTH_YY_RANGE =
      Pattern.compile(
          "(?<m1>"
              + WORD
              + ")\\.?\\s+(?<y1>\\d\\d)(?![\\d\\p{L}])\\s*"
              + SEP
              + "\\s*(?:(?<m2>"
              + WORD
              + ")\\.?\\s+(?<y2>\\d\\d)(?![\\d\\p{L}])|(?<on>"
              + ONGOING_WORD
              + ")(?!\\p{L}))",
          FLAGS);

  private static final Pattern ONGOING_TAIL =
      Pattern.compile(
          "\\s*(?:(?<!\\p{L})"
              + ONGOING_COMPOUND
              + "|"
              + SEP
              + "\\s*"
              + ONGOING_WORD
              + "|以来)(?!\\p{IsLatin})",
          FLAGS);
  private static final Pattern SEP_TAIL = Pattern.compile("\\s*(?<sep>" + SEP + "|/)\\s*", FLAGS);
  private static final Pattern TWO_DIGIT_YEAR =
      Pattern.compile("(\\d\\d)(?![\\d%\\p{L}])(?![.,]\\d)");
  private static final Pattern CHINESE_MONTH_END =
      Pattern.compile("(" + MONTH + ")\\s*月(?:\\s*(" + DAY + ")\\s*[日号])?");
  private static final Pattern OPEN_END =
      Pattern.compile("\\s*" + DASH + "{1,3}(?=\\s*[)）\\]】]?\\s*$)");
  private static final Pattern ONGOING_ALONE =
      Pattern.compile("(?:" + ONGOING_WORD + "|" + ONGOING_COMPOUND + ")\\.?", FLAGS);

  // how far before its first digit a date may start: "Septiembre – Diciembre 2019"
  private static final int WINDOW = 40;
  private static final char LATIN_END = '\u0250';
  private static final Set<String> SINCE_WORDS = Set.of("since", "depuis", "seit", "desde");
  // product names whose version is a year: "Visual Studio 2019", "Windows 2000", "Office 2016"
  private static final Set<String> PRODUCT_WORDS =
      Set.of(
          "windows",
          "server",
          "office",
          "studio",
          "vs",
          "excel",
          "word",
          "outlook",
          "visio",
          "access",
          "powerpoint",
          "sharepoint",
          "exchange",
          "ecmascript",
          "es",
          "autocad",
          "sql");
  // counting units and signs after which a number is a quantity, not a year
  private static final String UNITS = "%‰+＋万元亿千百个人次位名条件台套份字多余块米倍";
  private static final String CURRENCY = "$¥￥€£";

  private DateRanges() {}

  /**
   * Finds the first period or single date written in the text.
   *
   * @param text any text, typically one line; never null
   * @return the first date range with its span in {@code text}, or empty when there is none
   */
  public static Optional<DateRange> find(String text) {
    List<DateRange> found = scan(text, 1);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Finds every period or single date written in the text, left to right and non-overlapping.
   *
   * @param text any text, typically one line; never null
   * @return an unmodifiable list, empty when the text holds no date
   */
  public static List<DateRange> findAll(String text) {
    return scan(text, Integer.MAX_VALUE);
  }

  /**
   * Parses a token that is one date and nothing else (after trimming), e.g. {@code 2016/03}, {@code
   * Sep 2019}, {@code 2019年8月}.
   *
   * @param token the candidate; never null
   * @return the date only as precise as written, or empty when the token is not exactly one date
   */
  public static Optional<PartialDate> parseDate(String token) {
    String t = Texts.clean(Objects.requireNonNull(token, "token"));
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    Token date = token(m);
    return date == null || date.date() == null ? Optional.empty() : Optional.of(date.date());
  }

  /**
   * Whether the token, trimmed and ignoring case, is a word for "up to now": {@code Present},
   * {@code Current}, {@code Now}, {@code Today}, {@code to date}, {@code till now}, {@code 至今},
   * {@code 今}, {@code 现在}, {@code 目前}, {@code Aujourd'hui}, and their like.
   *
   * @param token the candidate; never null
   */
  public static boolean isOngoing(String token) {
    return ONGOING_ALONE.matcher(Texts.clean(Objects.requireNonNull(token, "token"))).matches();
  }

  private static List<DateRange> scan(String text, int limit) {
    Objects.requireNonNull(text, "text");
    int digit = nextDigit(text, 0);
    if (digit < 0) {
      return List.of();
    }
    Scan scan = new Scan(text);
    List<DateRange> out = new ArrayList<>();
    // every date holds a digit, so only starts shortly before a digit run are tried: trying the
    // whole grammar at every character would cost far more on long lines
    while (digit >= 0 && out.size() < limit) {
      DateRange range = null;
      for (int i = Math.max(scan.pos, digit - WINDOW); i <= digit && range == null; i++) {
        if (scan.mayStartAt(i)) {
          range = scan.rangeAt(i);
        }
      }
      if (range != null) {
        out.add(range);
        scan.pos = range.to();
      } else {
        scan.pos = endOfDigits(text, digit);
      }
      digit = nextDigit(text, scan.pos);
    }
    return List.copyOf(out);
  }

  // one date token; date is null for a month written without its year ("May" in "May – Aug 2019")
  private record Token(
      @Nullable PartialDate date, int month, boolean bareYear, boolean chinese, int from, int to) {}

  // the matchers of one call, reused for every token so a scan allocates little
  private static final class Scan {
    private final String text;
    private final Matcher date;

    // set by lookingAt before any use
    @SuppressWarnings("NullAway.Init")
    private Matcher tail;

    private int pos;

    Scan(String text) {
      this.text = text;
      this.date = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    boolean mayStartAt(int i) {
      char c = text.charAt(i);
      char prev = i == 0 ? ' ' : text.charAt(i - 1);
      if (isAsciiDigit(c)) {
        return !isAsciiDigit(prev);
      }
      // only a month name or a season starts a date with a letter
      if (c >= LATIN_END || !Character.isLetter(c) || Character.isLetter(prev)) {
        return false;
      }
      int end = i + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end - i < 3 || end - i > 10) {
        return false;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      return MONTH_NAMES.containsKey(word) || SEASONS.contains(word);
    }

    @Nullable DateRange rangeAt(int i) {
      DateRange shortYears = monthTwoDigitYearRange(i);
      if (shortYears != null) {
        return shortYears;
      }
      date.region(i, text.length());
      if (!date.lookingAt()) {
        return null;
      }
      Token first = token(date);
      if (first == null || !leftBoundaryOk(first.from())) {
        return null;
      }
      DateRange range = extend(first);
      if (range != null && rightBoundaryOk(range.to())) {
        return range;
      }
      if (first.date() == null || !rightBoundaryOk(first.to())) {
        return null;
      }
      int since = sinceWordStart(first.from());
      if (since >= 0) {
        return new DateRange(first.date(), null, true, since, first.to());
      }
      if (first.bareYear() && PRODUCT_WORDS.contains(previousWord(first.from()))) {
        return null;
      }
      return new DateRange(first.date(), null, false, first.from(), first.to());
    }

    private @Nullable DateRange monthTwoDigitYearRange(int i) {
      if (!Character.isLetter(text.charAt(i))) {
        return null;
      }
      if (!lookingAt(MONTH_YY_RANGE, i)) {
        return null;
      }
      Integer m1 = MONTH_NAMES.get(tail.group("m1").toLowerCase(Locale.ROOT));
      if (m1 == null) {
        return null;
      }
      PartialDate start = partialDate(twoDigitYear(Integer.parseInt(tail.group("y1"))), m1, 0);
      if (tail.group("on") != null) {
        return start == null ? null : new DateRange(start, null, true, i, tail.end());
      }
      Integer m2 = MONTH_NAMES.get(tail.group("m2").toLowerCase(Locale.ROOT));
      if (m2 == null || start == null) {
        return null;
      }
      PartialDate end = partialDate(twoDigitYear(Integer.parseInt(tail.group("y2"))), m2, 0);
      return end == null ? null : new DateRange(start, end, false, i, tail.end());
    }

    private @Nullable DateRange extend(Token first) {
      int len = text.length();
      if (first.date() != null && lookingAt(ONGOING_TAIL, first.to())) {
        return new DateRange(first.date(), null, true, first.from(), tail.end());
      }
      if (!lookingAt(SEP_TAIL, first.to())) {
        return null;
      }
      boolean slash = "/".equals(tail.group("sep"));
      int next = tail.end();
      date.region(next, len);
      if (date.lookingAt()) {
        Token second = token(date);
        PartialDate end = second == null ? null : second.date();
        if (second != null && end != null) {
          return join(first, second, end, slash);
        }
      }
      if (first.date() == null || slash) {
        return null;
      }
      if (first.bareYear() && lookingAt(TWO_DIGIT_YEAR, next)) {
        int start = first.date().year();
        int end = start - start % 100 + Integer.parseInt(tail.group(1));
        end = end <= start ? end + 100 : end;
        return end - start > 20
            ? null
            : new DateRange(first.date(), PartialDate.ofYear(end), false, first.from(), tail.end());
      }
      if (first.chinese() && first.month() > 0 && lookingAt(CHINESE_MONTH_END, next)) {
        PartialDate end = chineseMonthEnd(first.date());
        return end == null
            ? null
            : new DateRange(first.date(), end, false, first.from(), tail.end());
      }
      if (lookingAt(OPEN_END, first.to())) {
        return new DateRange(first.date(), null, true, first.from(), tail.end());
      }
      return null;
    }

    private @Nullable DateRange join(Token first, Token second, PartialDate end, boolean slash) {
      PartialDate start = first.date();
      if (slash && (start == null || start.month() != 0 || end.month() != 0)) {
        return null;
      }
      if (start == null) {
        // "May – Aug 2019": the start takes the end's year, the year before if its month is later
        if (end.month() == 0) {
          return null;
        }
        int year = first.month() > end.month() ? end.year() - 1 : end.year();
        start = PartialDate.of(year, first.month());
      }
      return new DateRange(start, end, false, first.from(), second.to());
    }

    private @Nullable PartialDate chineseMonthEnd(PartialDate start) {
      int month = Integer.parseInt(tail.group(1));
      int day = tail.group(2) == null ? 0 : Integer.parseInt(tail.group(2));
      int year = month < start.month() ? start.year() + 1 : start.year();
      return partialDate(year, month, day);
    }

    private boolean lookingAt(Pattern pattern, int from) {
      if (tail == null) {
        tail = pattern.matcher(text);
      } else {
        tail.usePattern(pattern);
      }
      tail.region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(true);
      return tail.lookingAt();
    }

    private boolean leftBoundaryOk(int from) {
      if (from == 0 || !isAsciiDigit(text.charAt(from))) {
        return true;
      }
      char prev = text.charAt(from - 1);
      if (isAsciiLetterOrDigit(prev)
          || prev == '_'
          || prev == '+'
          || prev == '#'
          || CURRENCY.indexOf(prev) >= 0) {
        return false;
      }
      // "1.2019", "138-2019", "1/9/2019": the digits continue a longer number
      return !((prev == '-' || prev == '.' || prev == '/')
          && from >= 2
          && isAsciiDigit(text.charAt(from - 2)));
    }

    private boolean rightBoundaryOk(int to) {
      if (to >= text.length() || !isAsciiDigit(text.charAt(to - 1))) {
        return true;
      }
      char next = text.charAt(to);
      if (isAsciiLetterOrDigit(next) || UNITS.indexOf(next) >= 0) {
        return false;
      }
      return !((next == '-' || next == '.' || next == '/')
          && to + 1 < text.length()
          && isAsciiDigit(text.charAt(to + 1)));
    }

    private int sinceWordStart(int from) {
      int end = from;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int start = wordStart(end);
      if (end == from || start == end) {
        return -1;
      }
      return SINCE_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) ? start : -1;
    }

    private String previousWord(int from) {
      int end = from;
      if (end == 0 || text.charAt(end - 1) != ' ') {
        return "";
      }
      end--;
      return text.substring(wordStart(end), end).toLowerCase(Locale.ROOT);
    }

    private int wordStart(int end) {
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return start;
    }
  }

  private static @Nullable Token token(Matcher m) {
    int from = m.start();
    int to = m.end();
    if (m.group("ay") != null) {
      PartialDate d = partialDate(num(m, "ay"), num(m, "am"), num(m, "ad"));
      return d == null ? null : new Token(d, d.month(), false, true, from, to);
    }
    if (m.group("by") != null) {
      return token(partialDate(num(m, "by"), num(m, "bm"), num(m, "bd")), from, to);
    }
    if (m.group("cy") != null) {
      return token(partialDate(num(m, "cy"), num(m, "cm"), 0), from, to);
    }
    if (m.group("dy") != null) {
      return token(partialDate(num(m, "dy"), num(m, "dm"), 0), from, to);
    }
    if (m.group("em") != null) {
      String word = m.group("em").toLowerCase(Locale.ROOT);
      int year = m.group("ey") != null ? num(m, "ey") : twoDigitYear(num(m, "eyy"));
      int day = m.group("ed1") != null ? num(m, "ed1") : num(m, "ed2");
      if (SEASONS.contains(word) && day == 0) {
        return token(PartialDate.ofYear(year), from, to);
      }
      Integer month = MONTH_NAMES.get(word);
      return month == null ? null : token(partialDate(year, month, day), from, to);
    }
    if (m.group("gm") != null) {
      Integer month = MONTH_NAMES.get(m.group("gm").toLowerCase(Locale.ROOT));
      return month == null ? null : new Token(null, month, false, false, from, to);
    }
    PartialDate year = PartialDate.ofYear(num(m, "fy"));
    return new Token(year, 0, true, false, from, to);
  }

  private static @Nullable Token token(@Nullable PartialDate date, int from, int to) {
    return date == null ? null : new Token(date, date.month(), false, false, from, to);
  }

  private static int num(Matcher m, String group) {
    String digits = m.group(group);
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  private static @Nullable PartialDate partialDate(int year, int month, int day) {
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException e) {
      // a day the month does not have ("2019-02-30") makes the token no date
      return null;
    }
  }

  private static int nextDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfDigits(String text, int from) {
    int i = from;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    List<Locale> withShortNames = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);
    for (Month month : Month.values()) {
      for (Locale locale : withShortNames) {
        for (TextStyle style : TextStyle.values()) {
          if (style != TextStyle.NARROW && style != TextStyle.NARROW_STANDALONE) {
            addMonthName(names, month.getDisplayName(style, locale), month.getValue());
          }
        }
      }
      // Spanish short names ("mar", "ago") collide with English words, so only full names
      String spanish = month.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
      addMonthName(names, spanish, month.getValue());
    }
    addMonthName(names, "Sept", 9);
    return Map.copyOf(names);
  }

  private static void addMonthName(Map<String, Integer> names, String name, int month) {
    String key = name.toLowerCase(Locale.ROOT);
    key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    if (key.length() < 3) {
      return;
    }
    String plain = Texts.withoutAccents(key);
    for (String k : List.of(key, plain)) {
      Integer old = names.putIfAbsent(k, month);
      if (old != null && old != month) {
        throw new IllegalStateException("month name for two months: " + k);
      }
    }
  }
}
