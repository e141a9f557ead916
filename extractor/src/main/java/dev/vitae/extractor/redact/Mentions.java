package dev.vitae.extractor.redact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.extractor.normalize.Countries;
import dev.vitae.extractor.normalize.Networks;
import dev.vitae.extractor.normalize.Phones;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mentions of one person in text: their name (whole, and its distinctive parts), emails, phone
 * numbers, profile handles and URLs, and, when asked, their schools. Built from one resume before
 * it is redacted, and used on every string of it.
 */
final class Mentions {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");
  // A URL with a scheme or www., or a bare host with a path (github.com/jdoe): what a resume
  // writes.
  private static final String URL_CHARS = "[^\\s<>\"'()\\[\\]{}，。；、：（）！？「」《》\\p{IsHan}]";
  // A URL with a scheme or www., or a bare host (github.com/jdoe, jdoe.dev): what resumes write.
  // Only Latin letters before it make it part of a word: "请访问https://…" is a URL.
  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![a-z0-9@._-])(?:(?:https?://|www\\.)"
              + URL_CHARS
              + "+|(?:[a-z0-9-]+\\.)+[a-z]{2,24}(?![a-z0-9@-])(?:/"
              + URL_CHARS
              + "*)?)");
  private static final Pattern URL_TRAILER = Pattern.compile("[.,;:!?)\\]]+$");
  // Name tokens: runs of letters (with inner apostrophes) in any script but Han, or one Han run.
  private static final Pattern LATIN_TOKEN =
      Pattern.compile("[\\p{L}&&[^\\p{IsHan}]][\\p{L}\\p{M}'’]*");
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
  // Titles and degrees around a name: not part of it.
  private static final Set<String> TITLES =
      Set.of(
          "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "phd", "md", "mba", "jr", "sr",
          "ii", "iii", "iv", "esq", "cpa", "pmp", "msc", "bsc", "ba", "ma");
  // Particles and template words: part of a name, but words alone.
  private static final Set<String> NOT_PARTS =
      Set.of(
          "van", "von", "der", "den", "de", "da", "del", "di", "la", "le", "bin", "binti", "al",
          "el", "and", "the", "your", "name", "first", "last", "full");
  // Mailbox names that say nothing about who owns them.
  private static final Set<String> GENERIC_MAILBOXES =
      Set.of("contact", "hello", "admin", "email", "resume", "career", "careers", "mail", "info");
  private static final String SEPARATORS = "[\\s\\p{Pd}._·・]*";
  private static final String NAME_PLACEHOLDER = RedactionKind.NAME.placeholder();
  private static final Pattern NAME_RUN =
      Pattern.compile(
          Pattern.quote(NAME_PLACEHOLDER)
              + "(?:[\\s\\p{Pd}._·・]*"
              + Pattern.quote(NAME_PLACEHOLDER)
              + ")+");
  private static final Map<Character, String> ACCENTED =
      Map.ofEntries(
          Map.entry('a', "àáâãäåāăą"),
          Map.entry('c', "çćčĉċ"),
          Map.entry('d', "ďđ"),
          Map.entry('e', "èéêëēĕėęě"),
          Map.entry('g', "ğĝġģ"),
          Map.entry('i', "ìíîïĩīĭįı"),
          Map.entry('l', "ĺļľł"),
          Map.entry('n', "ñńņňŉ"),
          Map.entry('o', "òóôõöøōŏő"),
          Map.entry('r', "ŕŗř"),
          Map.entry('s', "śŝşšș"),
          Map.entry('t', "ţťț"),
          Map.entry('u', "ùúûüũūŭůűų"),
          Map.entry('y', "ýÿŷ"),
          Map.entry('z', "źżž"));
  private static final int PHONE_WINDOW = 3000;
  private static final Pattern CAPITALIZED_PAIR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)[ ](\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}\\p{N}])");
  private static final int MAX_PAIRS = 5000;
  // A number with a country prefix is a phone even where libphonenumber finds no valid one
  // (a reserved range, a new prefix): "+447700900418".
  private static final Pattern PREFIXED_NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}+])\\+\\s?\\d(?:[\\s\\-.()]{0,2}\\d){7,14}(?!\\d)");
  // A name longer than this is not a name: its first words are enough to find it.
  private static final int MAX_NAME_WORDS = 6;
  private static final String DIGIT_GLUE = "[\\s\\-.()\\u00A0]*";

  /** One pattern and the kind a match of it is. */
  private record Rule(Pattern pattern, RedactionKind kind) {}

  private final List<Rule> rules;
  private final List<String> urlWords;
  private final @Nullable String phoneRegion;

  private Mentions(List<Rule> rules, List<String> urlWords, @Nullable String phoneRegion) {
    this.rules = List.copyOf(rules);
    this.urlWords = List.copyOf(urlWords);
    this.phoneRegion = phoneRegion;
  }

  /** The mentions of the person {@code resume} describes; schools only when {@code schools}. */
  static Mentions of(Resume resume, boolean schools) {
    List<Rule> rules = new ArrayList<>();
    List<String> urlWords = new ArrayList<>();
    Basics basics = resume.basics();
    String region = null;
    if (basics != null) {
      String phone = basics.phone();
      if (phone != null) {
        region = phoneRule(phone, rules);
      }
      if (region == null && basics.location() != null) {
        String code = basics.location().countryCode();
        region = code != null && Countries.isIsoCode(code) ? code : null;
      }
      for (Profile profile : basics.profiles()) {
        String user = profile.username();
        if (user != null && user.codePointCount(0, user.length()) >= 3) {
          rules.add(new Rule(word(Pattern.quote(user), true), RedactionKind.PROFILE));
          urlWords.add(user.toLowerCase(Locale.ROOT));
        }
      }
      // "andres.castro.araujo@…" and linkedin.com/in/andres-castro-araujo spell the name even when
      // the extractor took a handle for it: the words in order, in any case and accents.
      List<String> spelled = new ArrayList<>();
      String email = basics.email();
      if (email != null) {
        String mailbox = email.substring(0, Math.max(0, email.indexOf('@')));
        spelled.add(mailbox);
        // dengshushan@qq.com writes a blog at dengshushan.com.
        if (mailbox.length() >= 5
            && !GENERIC_MAILBOXES.contains(mailbox.toLowerCase(Locale.ROOT))) {
          urlWords.add(mailbox.toLowerCase(Locale.ROOT));
        }
      }
      basics.profiles().forEach(p -> spelled.add(p.username() == null ? "" : p.username()));
      for (String handle : spelled) {
        spelledName(handle, rules);
      }
      List<String> handles = new ArrayList<>(spelled);
      if (basics.name() != null) {
        handles.add(basics.name());
      }
      namesSpelledBy(handles, ResumeJson.write(resume), rules);
      // After the handles: "xieydd" the name is inside "xieydd_haha" the handle.
      String name = basics.name();
      if (name != null) {
        nameRules(name, rules, urlWords);
      }
      String url = basics.url();
      if (url != null) {
        urlWords.add(stripScheme(url).replaceFirst("/+$", ""));
      }
    }
    if (schools) {
      Set<String> names = new LinkedHashSet<>();
      for (Education education : resume.education()) {
        if (education.institution() != null) {
          names.add(education.institution());
        }
      }
      // The longest first, so that "Peking University Health Science Center" is one mention.
      names.stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .forEach(s -> rules.add(new Rule(phrase(s), RedactionKind.SCHOOL)));
    }
    return new Mentions(rules, urlWords, region);
  }

  /**
   * {@code text} with every mention replaced by its kind's placeholder, counting each in {@code
   * counts}.
   */
  String replace(String text, Counts counts) {
    String out = replaceEmails(text, counts);
    out = replaceUrls(out, counts);
    out = replacePhones(out, counts);
    out =
        out.indexOf('+') < 0 ? out : replaceAll(out, PREFIXED_NUMBER, RedactionKind.PHONE, counts);
    return replaceNames(out, counts);
  }

  /** {@code text} with only the person's names and handles replaced: for file names. */
  String replaceNames(String text, Counts counts) {
    String out = text;
    for (Rule rule : rules) {
      out = replaceAll(out, rule.pattern(), rule.kind(), counts);
    }
    // "Okonkwo-Reyes" had its parts replaced one by one: one name.
    return out.indexOf(NAME_PLACEHOLDER) < 0
        ? out
        : NAME_RUN.matcher(out).replaceAll(Matcher.quoteReplacement(NAME_PLACEHOLDER));
  }

  /** Whether a URL points at the person: a profile on a known network, or a name or handle. */
  boolean identifies(String url) {
    if (Networks.isNetworkUrl(url)) {
      return true;
    }
    String lower = stripScheme(url);
    for (String word : urlWords) {
      if (!word.isEmpty() && lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private String replaceEmails(String text, Counts counts) {
    return text.indexOf('@') < 0 ? text : replaceAll(text, EMAIL, RedactionKind.EMAIL, counts);
  }

  private String replaceUrls(String text, Counts counts) {
    Matcher m = URL.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String url = m.group();
      Matcher trailer = URL_TRAILER.matcher(url);
      int end = m.end() - (trailer.find() ? trailer.group().length() : 0);
      if (end <= m.start() || !identifies(text.substring(m.start(), end))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(RedactionKind.URL.placeholder());
      last = end;
      counts.add(RedactionKind.URL);
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  // Phones.find reads 4,000 characters at most: a longer text goes in pieces cut at spaces that
  // no digit touches, so that no number is cut in two.
  private String replacePhones(String text, Counts counts) {
    if (text.length() <= PHONE_WINDOW) {
      return replacePhonesIn(text, counts);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + PHONE_WINDOW);
      if (to < text.length()) {
        int cut = to;
        while (cut > from + PHONE_WINDOW / 2 && !isQuietSpace(text, cut)) {
          cut--;
        }
        to = cut > from + PHONE_WINDOW / 2 ? cut : to;
      }
      out.append(replacePhonesIn(text.substring(from, to), counts));
      from = to;
    }
    return out.toString();
  }

  private static boolean isQuietSpace(String text, int at) {
    return Character.isWhitespace(text.charAt(at))
        && !Character.isDigit(text.charAt(at - 1))
        && (at + 1 >= text.length() || !Character.isDigit(text.charAt(at + 1)));
  }

  private String replacePhonesIn(String text, Counts counts) {
    List<Phones.Found> found = Phones.find(text, phoneRegion);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Phones.Found phone : found) {
      if (phone.start() < last) {
        continue;
      }
      out.append(text, last, phone.start()).append(RedactionKind.PHONE.placeholder());
      last = phone.end();
      counts.add(RedactionKind.PHONE);
    }
    return out.append(text, last, text.length()).toString();
  }

  private static String replaceAll(
      String text, Pattern pattern, RedactionKind kind, Counts counts) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start()).append(kind.placeholder());
      last = m.end();
      counts.add(kind);
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  // The whole name in its order and family-name-first; then each distinctive part.
  private static void nameRules(String name, List<Rule> rules, List<String> urlWords) {
    List<String> latin = new ArrayList<>();
    Matcher tokens = LATIN_TOKEN.matcher(name);
    while (tokens.find()) {
      String token = tokens.group();
      if (!TITLES.contains(token.toLowerCase(Locale.ROOT).replace("'", ""))) {
        latin.add(token);
      }
      if (latin.size() == MAX_NAME_WORDS) {
        break;
      }
    }
    if (!latin.isEmpty()) {
      List<String> quoted = latin.stream().map(Mentions::loose).toList();
      rules.add(new Rule(word(String.join(SEPARATORS, quoted), true), RedactionKind.NAME));
      if (latin.size() > 1) {
        // "Smith, John", "SMITH John": the family name first.
        List<String> familyFirst = new ArrayList<>();
        familyFirst.add(quoted.get(quoted.size() - 1));
        familyFirst.addAll(quoted.subList(0, quoted.size() - 1));
        rules.add(new Rule(word(String.join("[\\s,]*", familyFirst), true), RedactionKind.NAME));
        for (String part : latin) {
          if (part.codePointCount(0, part.length()) >= 3
              && !NOT_PARTS.contains(part.toLowerCase(Locale.ROOT))) {
            rules.add(new Rule(word(asWritten(part), false), RedactionKind.NAME));
          }
        }
      }
      // A personal site or a handle often spells the name: johnsmith.dev, github.com/jsmith.
      for (String part : latin) {
        if (part.length() >= 4 && !NOT_PARTS.contains(part.toLowerCase(Locale.ROOT))) {
          urlWords.add(part.toLowerCase(Locale.ROOT));
        }
      }
    }
    Matcher han = HAN_RUN.matcher(name.replaceAll("\\s+", ""));
    for (int runs = 0; han.find() && runs < MAX_NAME_WORDS; runs++) {
      String run = han.group();
      if (run.length() < 2) {
        continue;
      }
      rules.add(new Rule(spaced(run), RedactionKind.NAME));
      // The given name of a three- or four-character name (张小明, 欧阳娜娜) is distinctive.
      if (run.length() == 3 || run.length() == 4) {
        rules.add(new Rule(spaced(run.substring(run.length() - 2)), RedactionKind.NAME));
      }
    }
  }

  /**
   * Adds a rule for each capitalized name in {@code text} that a handle abbreviates: "emarchetti"
   * is "Elena Marchetti", as are "elenam", "marchettie" and "elenamarchetti".
   */
  private static void namesSpelledBy(List<String> handles, String text, List<Rule> rules) {
    Set<String> keys = new LinkedHashSet<>();
    for (String handle : handles) {
      String key = fold(handle).replaceAll("[^a-z]", "");
      if (key.length() >= 5 && !handle.contains(" ")) {
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher m = CAPITALIZED_PAIR.matcher(text);
    int tries = 0;
    while (m.find() && tries++ < MAX_PAIRS) {
      String first = fold(m.group(1));
      String last = fold(m.group(2));
      for (String key : keys) {
        if (key.equals(first + last)
            || key.equals(first.charAt(0) + last)
            || key.equals(first + last.charAt(0))
            || key.equals(last + first)
            || key.equals(last + first.charAt(0))) {
          found.add(m.group(1) + " " + m.group(2));
        }
      }
      // The next pair may start at this pair's second word.
      m.region(m.start(2), text.length());
    }
    for (String name : found) {
      List<String> words = List.of(name.split(" "));
      rules.add(
          new Rule(
              word(String.join(SEPARATORS, words.stream().map(Mentions::loose).toList()), true),
              RedactionKind.NAME));
    }
  }

  private static String fold(String text) {
    return Texts.withoutAccents(text).toLowerCase(Locale.ROOT);
  }

  private static void spelledName(String handle, List<Rule> rules) {
    String[] words = handle.split("[._\\-]+");
    if (words.length < 2 || words.length > 4) {
      return;
    }
    List<String> loose = new ArrayList<>();
    for (String w : words) {
      if (w.length() < 2 || !w.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
        return;
      }
      loose.add(loose(w));
    }
    rules.add(new Rule(word(String.join(SEPARATORS, loose), true), RedactionKind.NAME));
  }

  // A word with each Latin letter matching its accented forms too: "Araujo" finds "Araújo".
  private static String loose(String word) {
    String base = Texts.withoutAccents(word);
    if (base.length() != word.length()) {
      // Folding changed the length (a letter without a precomposed form): match as written.
      return "(?:" + Pattern.quote(word) + ")";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      String variants = ACCENTED.get(Character.toLowerCase(c));
      if (variants == null) {
        out.append(Pattern.quote(String.valueOf(word.charAt(i))));
      } else {
        // The case as written: a pattern that ignores case ignores it here too.
        boolean upper = Character.isUpperCase(c);
        out.append('[')
            .append(c)
            .append(upper ? variants.toUpperCase(Locale.ROOT) : variants)
            .append(']');
      }
    }
    return out.toString();
  }

  // The national number of the person's phone, with any glue between its digits; returns the
  // number's region, to read other numbers in the text as the person writes them.
  private static @Nullable String phoneRule(String phone, List<Rule> rules) {
    String digits = phone.replaceAll("\\D", "");
    String region = null;
    try {
      PhoneNumber number = PHONES.parse(phone.startsWith("+") ? phone : "+" + digits, "ZZ");
      String national = PHONES.getNationalSignificantNumber(number);
      if (national.length() >= 6) {
        digits = national;
      }
      region = PHONES.getRegionCodeForNumber(number);
    } catch (NumberParseException e) {
      // Not in E.164: the digits as written are the number.
    }
    if (digits.length() >= 6) {
      StringBuilder regex =
          new StringBuilder(
              "(?<!\\d)(?:(?:\\+|00)\\d{1,3}" + DIGIT_GLUE + ")?(?:0" + DIGIT_GLUE + ")?");
      for (int i = 0; i < digits.length(); i++) {
        if (i > 0) {
          regex.append(DIGIT_GLUE);
        }
        regex.append(digits.charAt(i));
      }
      rules.add(new Rule(Pattern.compile(regex.append("(?!\\d)").toString()), RedactionKind.PHONE));
    }
    return region == null || "ZZ".equals(region) ? null : region;
  }

  // A name part as written, in title case and in upper case; not in lower case, where most name
  // parts are words ("will", "rose", "long").
  private static String asWritten(String part) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(part);
    int first = part.offsetByCodePoints(0, 1);
    forms.add(
        part.substring(0, first).toUpperCase(Locale.ROOT)
            + part.substring(first).toLowerCase(Locale.ROOT));
    forms.add(part.toUpperCase(Locale.ROOT));
    return "(?:" + String.join("|", forms.stream().map(Mentions::loose).toList()) + ")";
  }

  // A phrase with any run of whitespace where it has one, in any case.
  private static Pattern phrase(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      words.add(Pattern.quote(w));
    }
    boolean han = text.codePoints().anyMatch(Scripts::isHan);
    String regex = String.join("\\s+", words);
    return han ? Pattern.compile(regex, Pattern.CASE_INSENSITIVE) : word(regex, true);
  }

  // Han characters with optional spaces between them: "张 小 明" is "张小明".
  private static Pattern spaced(String han) {
    List<String> chars = new ArrayList<>();
    han.codePoints().forEach(c -> chars.add(Pattern.quote(new String(Character.toChars(c)))));
    return Pattern.compile(String.join("\\s*", chars));
  }

  // Not inside a longer word: letters and digits around a match make it part of something else.
  private static Pattern word(String regex, boolean ignoreCase) {
    String bounded = "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    return ignoreCase
        ? Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        : Pattern.compile(bounded);
  }

  private static String stripScheme(String url) {
    return url.toLowerCase(Locale.ROOT)
        .replaceFirst("^[a-z][a-z0-9+.-]*://", "")
        .replaceFirst("^www\\.", "");
  }
}
