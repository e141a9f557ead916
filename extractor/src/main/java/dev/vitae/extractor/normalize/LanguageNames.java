package dev.vitae.extractor.normalize;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Names of spoken languages: maps a language written in English, in Chinese or in itself ({@code
 * 中文}, {@code 日本語}, {@code Deutsch}, {@code français}) to its English name and ISO code.
 *
 * <p>The dictionary is built once from {@link Locale}: for every {@link Locale#getISOLanguages()
 * ISO 639-1 language} its display name in English, in simplified and traditional Chinese (with the
 * {@code 语}→{@code 文} variant, {@code 英语}/{@code 英文}) and in the language itself, plus a few widely
 * spoken Chinese languages with ISO 639-3 codes ({@code yue} Cantonese, {@code nan}, {@code hak},
 * {@code wuu}, {@code fil}) and the colloquial names Locale lacks ({@code 普通话}, {@code 汉语}, {@code
 * 国语} → Chinese; {@code Mandarin}; {@code 广东话} → Cantonese; {@code Farsi} → Persian). Matching
 * ignores case and, in Latin script, accents ({@code espanol} is Spanish). A name in the language
 * itself that is also a country's English name ({@code Indonesia}) is left out, since in a resume
 * it far more often names the country.
 *
 * <p>All methods are static and thread-safe. A {@code null} argument is a bug and throws {@link
 * NullPointerException}.
 */
public final class LanguageNames {
  private record Language(String code, String englishName) {}

  // three ISO 639-3 languages have no two-letter code but are often listed on Chinese resumes
  private static final List<String> EXTRA_CODES = List.of("yue", "nan", "hak", "wuu", "fil");
  // colloquial names Locale lacks; each maps to a code and the English name to report
  private static final Map<String, Language> COLLOQUIAL =
      Map.ofEntries(
          Map.entry("普通话", new Language("zh", "Chinese")),
          Map.entry("普通話", new Language("zh", "Chinese")),
          Map.entry("汉语", new Language("zh", "Chinese")),
          Map.entry("漢語", new Language("zh", "Chinese")),
          Map.entry("国语", new Language("zh", "Chinese")),
          Map.entry("國語", new Language("zh", "Chinese")),
          Map.entry("华语", new Language("zh", "Chinese")),
          Map.entry("華語", new Language("zh", "Chinese")),
          Map.entry("中国话", new Language("zh", "Chinese")),
          Map.entry("Mandarin", new Language("zh", "Mandarin")),
          Map.entry("Mandarin Chinese", new Language("zh", "Mandarin")),
          Map.entry("Putonghua", new Language("zh", "Mandarin")),
          Map.entry("广东话", new Language("yue", "Cantonese")),
          Map.entry("廣東話", new Language("yue", "Cantonese")),
          Map.entry("Hokkien", new Language("nan", "Hokkien")),
          Map.entry("闽南话", new Language("nan", "Hokkien")),
          Map.entry("客家话", new Language("hak", "Hakka")),
          Map.entry("Hakka", new Language("hak", "Hakka")),
          Map.entry("上海话", new Language("wuu", "Shanghainese")),
          Map.entry("Shanghainese", new Language("wuu", "Shanghainese")),
          Map.entry("日本语", new Language("ja", "Japanese")),
          Map.entry("朝鲜语", new Language("ko", "Korean")),
          Map.entry("韩国语", new Language("ko", "Korean")),
          Map.entry("韓國語", new Language("ko", "Korean")),
          Map.entry("西语", new Language("es", "Spanish")),
          Map.entry("葡语", new Language("pt", "Portuguese")),
          Map.entry("阿语", new Language("ar", "Arabic")),
          Map.entry("印尼语", new Language("id", "Indonesian")),
          Map.entry("Farsi", new Language("fa", "Persian")),
          Map.entry("Castilian", new Language("es", "Spanish")),
          Map.entry("Flemish", new Language("nl", "Dutch")));
  // CLDR's "Bangla" is rare on resumes; ISO 639 and most writers say Bengali
  private static final Map<String, String> ENGLISH_NAMES = Map.of("bn", "Bengali");
  private static final Pattern PARENTHESES = Pattern.compile("[(（][^)）]*[)）]");
  // "Norwegian Bokmål", "te reo Māori", "Min Nan Chinese": the longest names are three words
  private static final int MAX_WORDS = 3;

  private static final Map<String, Language> BY_NAME = dictionary();
  private static final int LONGEST_HAN_NAME =
      BY_NAME.keySet().stream().filter(Texts::hasHan).mapToInt(String::length).max().orElse(0);
  // first characters of Chinese names and first words of the others, so that most positions of a
  // line are passed over without building a substring
  private static final BitSet HAN_STARTS = hanStarts();
  private static final Set<String> FIRST_WORDS =
      BY_NAME.keySet().stream()
          .filter(name -> !Texts.hasHan(name))
          .map(name -> name.split(" ", 2)[0])
          .collect(Collectors.toUnmodifiableSet());

  private LanguageNames() {}

  /**
   * The English name of the first spoken language named in the text: the whole text if it is a name
   * ({@code english}, {@code 日语}), else the leftmost name inside it ({@code 英语（流利）}, {@code Chinese
   * (native)}). Latin-script names count only as whole words.
   *
   * @param text any text; never null
   * @return the English name, e.g. {@code "Chinese"}, {@code "Japanese"}, or empty when the text
   *     names no language
   */
  public static Optional<String> findEnglishName(String text) {
    return find(text).map(Language::englishName);
  }

  /**
   * The ISO 639 code of the first spoken language named in the text, found as by {@link
   * #findEnglishName}: the two-letter ISO 639-1 code where one exists ({@code zh}, {@code en}),
   * else the three-letter ISO 639-3 code ({@code yue} for Cantonese).
   *
   * @param text any text; never null
   * @return the code in lower case, or empty when the text names no language
   */
  public static Optional<String> findIsoCode(String text) {
    return find(text).map(Language::code);
  }

  /**
   * Whether the token is the name of a spoken language and nothing else, ignoring case and any
   * parenthesized note: true for {@code English}, {@code 普通话}, {@code Deutsch}, {@code English
   * (native)}; false for {@code Java}, {@code C++}, {@code English teacher}. Lets a skills stage
   * tell spoken languages from programming languages.
   *
   * @param token one list item; never null
   */
  public static boolean isLanguageName(String token) {
    String bare = PARENTHESES.matcher(Objects.requireNonNull(token, "token")).replaceAll(" ");
    return BY_NAME.containsKey(key(Texts.clean(bare)));
  }

  private static Optional<Language> find(String text) {
    Language whole = BY_NAME.get(key(Texts.clean(Objects.requireNonNull(text, "text"))));
    if (whole != null) {
      return Optional.of(whole);
    }
    for (int i = 0; i < text.length(); i++) {
      Language found = isHan(text.charAt(i)) ? hanNameAt(text, i) : wordNameAt(text, i);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  // Chinese has no spaces, so names are looked up as substrings, longest first
  private static @Nullable Language hanNameAt(String text, int i) {
    if (!HAN_STARTS.get(text.charAt(i))) {
      return null;
    }
    for (int len = Math.min(LONGEST_HAN_NAME, text.length() - i); len >= 2; len--) {
      Language found = BY_NAME.get(text.substring(i, i + len));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  // other scripts are looked up as whole words, up to three of them ("Norwegian Bokmål")
  private static @Nullable Language wordNameAt(String text, int i) {
    if (!isLetterOrMark(text.charAt(i)) || (i > 0 && isLetterOrMark(text.charAt(i - 1)))) {
      return null;
    }
    int j = wordEnd(text, i);
    if (!FIRST_WORDS.contains(key(text.substring(i, j)))) {
      return null;
    }
    int[] ends = new int[MAX_WORDS];
    int words = 0;
    ends[words++] = j;
    while (words < MAX_WORDS
        && j + 1 < text.length()
        && text.charAt(j) == ' '
        && isLetterOrMark(text.charAt(j + 1))) {
      j = wordEnd(text, j + 1);
      ends[words++] = j;
    }
    for (int w = words - 1; w >= 0; w--) {
      Language found = BY_NAME.get(key(text.substring(i, ends[w])));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  // a word runs over letters and marks, and over a hyphen or apostrophe inside it ("Luba-Katanga")
  private static int wordEnd(String text, int from) {
    int j = from;
    while (j < text.length()) {
      char c = text.charAt(j);
      boolean joiner =
          (c == '-' || c == '\'' || c == '’')
              && j + 1 < text.length()
              && isLetterOrMark(text.charAt(j + 1));
      if (!joiner && !isLetterOrMark(c)) {
        return j;
      }
      j++;
    }
    return j;
  }

  private static boolean isLetterOrMark(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    int type = Character.getType(c);
    return (Character.isLetter(c) && !isHan(c))
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHan(char c) {
    return Scripts.isHan(c);
  }

  // lower case; in Latin script also without accents, so "espanol" finds "español"
  private static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 0x80 && Character.isLetter(c) && !Scripts.isLatin(c)) {
        return lower;
      }
    }
    return Texts.withoutAccents(lower);
  }

  private static BitSet hanStarts() {
    BitSet starts = new BitSet(Character.MAX_VALUE + 1);
    BY_NAME.keySet().stream().filter(Texts::hasHan).forEach(name -> starts.set(name.charAt(0)));
    return starts;
  }

  private static Map<String, Language> dictionary() {
    Map<String, Language> names = new HashMap<>();
    COLLOQUIAL.forEach((name, language) -> names.put(key(name), language));
    List<Language> languages =
        Stream.concat(Stream.of(Locale.getISOLanguages()), EXTRA_CODES.stream())
            .map(code -> Locale.forLanguageTag(code).getLanguage())
            .distinct()
            .map(code -> new Language(code, englishName(code)))
            .collect(Collectors.toList());
    Set<String> countries =
        Stream.of(Locale.getISOCountries())
            .map(c -> new Locale.Builder().setRegion(c).build().getDisplayCountry(Locale.ENGLISH))
            .map(LanguageNames::key)
            .collect(Collectors.toSet());
    // English names first: on a clash, the reading a resume most likely means wins
    for (Language language : languages) {
      add(names, language.englishName(), language);
    }
    for (Language language : languages) {
      Locale locale = Locale.forLanguageTag(language.code());
      for (Locale chinese : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        String name = locale.getDisplayLanguage(chinese);
        add(names, name, language);
        if (name.endsWith("语") || name.endsWith("語")) {
          add(names, name.substring(0, name.length() - 1) + "文", language);
        }
      }
    }
    for (Language language : languages) {
      Locale locale = Locale.forLanguageTag(language.code());
      String name = locale.getDisplayLanguage(locale);
      if (!countries.contains(key(name))) {
        add(names, name, language);
      }
    }
    return Map.copyOf(names);
  }

  private static String englishName(String code) {
    String override = ENGLISH_NAMES.get(code);
    return override != null
        ? override
        : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }

  private static void add(Map<String, Language> names, String name, Language language) {
    // Locale falls back to the code itself when it has no name; a code is no name
    if (name.length() < 2 || name.equalsIgnoreCase(language.code())) {
      return;
    }
    if (name.length() < 3 && !Texts.hasHan(name)) {
      return;
    }
    names.putIfAbsent(key(name), language);
  }
}
