package dev.vitae.extractor.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The degree normalizer: finds the words that name a level of study ({@code M.S.}, {@code Bachelor
 * of Science}, {@code 硕士研究生}, {@code 大专}) and maps them to a {@link StudyType}.
 *
 * <p>English abbreviations are matched as whole words, with or without dots ({@code B.Sc.}, {@code
 * BSc}); two-letter ones only in capitals, so {@code ms} in "250 ms" and the title "Ms." are not
 * degrees. Abbreviations that are also common words or acronyms are degrees only with their dots
 * ({@code M.S.E.} but not the error {@code MSE}, {@code LL.M.} but not {@code LLM}). A two-letter
 * abbreviation followed by a product ({@code MS Office}, {@code MS-DOS}) or by a US zip code or
 * country ({@code Somerville MA USA}) is not a degree, nor is {@code MA} or {@code MS} closing a
 * phrase after a capitalized word ({@code Boston, MA}; the price is that {@code English, MA} is
 * missed). A lower-case "master" standing alone ("git master") or one that names a role ("Scrum
 * Master") is no degree; {@code Associate} counts only as {@code Associate's}, {@code Associate
 * Degree} or {@code Associate of …}, since alone it is usually a job title.
 *
 * <p>Judgment calls: 中专, 职高 and 技校 (secondary vocational schools) map to {@link StudyType#DIPLOMA},
 * not {@link StudyType#HIGH_SCHOOL}, because they award a vocational diploma rather than a general
 * school-leaving certificate; 高职 and 高专 are tertiary and map to {@link StudyType#ASSOCIATE}; 研究生
 * alone means a master's student, but not in 研究生院 (a graduate school, an institution); 博士后
 * (postdoctoral work) is a position, not a degree.
 *
 * <p>All methods are static and thread-safe; the pattern is compiled once. A {@code null} argument
 * is a bug and throws {@link NullPointerException}.
 */
public final class StudyTypes {

  /**
   * A degree found in text.
   *
   * @param type the level of study
   * @param from index of the first character of the degree words, e.g. of {@code M.S.} in {@code
   *     M.S. in Computer Science}
   * @param to index one past the degree words. They include a degree's own "of" phrase ({@code
   *     Master of Science}, {@code Bachelor of} before a field), {@code 's}, {@code degree} and
   *     {@code (Hons)}, but not a following {@code in}, comma or dash, which the caller strips
   *     before taking the rest as the area of study
   */
  public record Match(StudyType type, int from, int to) {
    public Match {
      Objects.requireNonNull(type, "type");
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad span: " + from + ".." + to);
      }
    }
  }

  // degree names that complete "X of …": "Bachelor of Science", "Master of Business Administration"
  private static final String QUALIFIER =
      "(?:Fine Arts|Applied Sciences?|Business Administration|Computer Applications|Sciences?"
          + "|Arts|Engineering|Technology|Philosophy|Laws?|Commerce|Medicine)";
  private static final String SUFFIX =
      "(?i:(?:['’]s|s(?![A-Za-z]))?(?:\\s+degree)?(?:\\s+of(?:\\s+" + QUALIFIER + ")?)?)";
  private static final String HONOURS = "(?:\\s*\\((?i:hons|honours|honors)\\.?\\))?";
  private static final String WORD_END = "(?![A-Za-z])";
  // products and places that share a degree's letters: "MS Office", "MS-DOS", "Cambridge MA 02139",
  // and a US state after a city that ends a phrase: "Boston, MA", "(Lowell, MA)"
  private static final String NOT_PRODUCT_OR_PLACE =
      "(?!-[A-Za-z])(?!\\s+(?:Office|Word|Excel|SQL|PowerPoint|Project|Access|Teams|Outlook|Visio"
          + "|Azure|Dynamics|DOS|Windows|Edge|Paint|Server)"
          + WORD_END
          + ")(?!,?\\s*(?:\\d{5}|USA|US|U\\.S\\.|United States)"
          + WORD_END
          + ")(?!(?<=[A-Z][a-z]{1,20},?\\sM[AS])\\s*(?:$|[,;)|/\\-–—]))";

  // abbreviations whose letters are no English word, so any case is fine ("Bsc", "PHD", "phd")
  private static final Map<StudyType, List<String>> ANY_CASE =
      Map.of(
          StudyType.BACHELOR, List.of("B.Sc", "B.Tech", "B.B.A", "B.Com", "LL.B"),
          StudyType.MASTER, List.of("M.Sc", "M.Tech", "M.Phil", "M.B.A", "M.Res"),
          StudyType.DOCTORATE, List.of("Ph.D", "D.Phil", "D.Sc", "Sc.D", "Ed.D"));
  // abbreviations that are also words, names or units in lower case ("ms", "Meng", "march")
  private static final Map<StudyType, List<String>> CAPITALS =
      Map.of(
          StudyType.BACHELOR,
          List.of("B.S", "B.A", "B.E", "B.Eng", "B.ENG", "B.Ed", "B.Arch", "B.F.A", "B.C.A"),
          StudyType.MASTER,
          List.of(
              "M.S", "M.A", "M.Eng", "M.ENG", "M.Ed", "M.Arch", "M.P.A", "M.P.H", "M.C.A",
              "M.C.S"));
  // abbreviations that are degrees only with their dots ("LLM" is a language model, "MSE" an error)
  private static final Map<StudyType, List<String>> DOTTED =
      Map.of(
          StudyType.BACHELOR, List.of("A.B.", "S.B."),
          StudyType.MASTER, List.of("S.M.", "M.E.", "M.F.A.", "M.S.E.", "LL.M."),
          StudyType.DOCTORATE, List.of("M.D."),
          StudyType.ASSOCIATE, List.of("A.A.S.", "A.A.", "A.S."));

  private static final Map<StudyType, String> WORDS =
      Map.of(
          StudyType.DOCTORATE,
          "(?i:doctor\\s+of(?:\\s+"
              + QUALIFIER
              + ")?|doctor['’]s(?:\\s+degree)?|doctorate"
              + "|doctoral(?:\\s+degree)?)",
          StudyType.MASTER,
          "(?<!(?i:scrum|certified|web|head|grand|quiz|toast|ring|post|zen|dungeon)\\s)"
              + "(?:Master|MASTER|(?i:master)(?=['’]s|s"
              + WORD_END
              + "|\\s+(?i:of|degree|in)"
              + WORD_END
              + "))(?!\\s+(?i:branch|data|node|plan|class|card|chef|key)"
              + WORD_END
              + ")"
              + SUFFIX,
          StudyType.BACHELOR,
          "(?i:bachelor|baccalaureate|undergraduate)" + SUFFIX + HONOURS,
          StudyType.ASSOCIATE,
          "(?i:associate(?=['’]s|\\s+(?:degree|of)" + WORD_END + "))" + SUFFIX,
          StudyType.HIGH_SCHOOL,
          "(?i:(?:senior\\s+)?high\\s+school|secondary\\s+school)|GED",
          StudyType.DIPLOMA,
          "(?i:(?:(?:post)?graduate\\s+|advanced\\s+)?(?:diploma|diplôme|diplome))",
          StudyType.CERTIFICATE,
          "(?i:(?:(?:post)?graduate\\s+)?certificate)");

  // 工学学士, 理学硕士: a discipline written before the degree belongs to the degree words
  private static final String DISCIPLINE = "(?:[工理文法经管医农教艺哲史军]学)?";
  private static final Map<StudyType, String> CHINESE =
      Map.of(
          StudyType.DOCTORATE,
          DISCIPLINE + "博士(?:研究生|生)?(?!后)",
          StudyType.MASTER,
          DISCIPLINE + "(?:硕士研究生|硕士生|硕士)|研究生(?!院)",
          StudyType.BACHELOR,
          DISCIPLINE + "学士|本科生|本科|专升本",
          StudyType.ASSOCIATE,
          "大专|专科|高职|高专",
          StudyType.HIGH_SCHOOL,
          "高中",
          StudyType.DIPLOMA,
          "中专|职高|技校|中技");

  // first characters of the Chinese degree words, and first words of the English ones: the
  // patterns are tried only where one of them starts, which keeps long lines cheap
  private static final String CHINESE_STARTS = "博硕研学本专大高中职技工理文法经管医农教艺哲史军";
  private static final Set<String> ENGLISH_STARTS = englishStarts();
  private static final int LONGEST_START = 14;

  private static final StudyType[] TYPES = StudyType.values();
  private static final Pattern ENGLISH_DEGREE = Pattern.compile(englishPattern());
  private static final Pattern CHINESE_DEGREE = Pattern.compile(chinesePattern());

  private StudyTypes() {}

  /**
   * Finds the first degree named in the text; where two readings start at the same place, the
   * longer and more specific one wins ({@code MSc} over {@code MS}, {@code 硕士研究生} over {@code 硕士}).
   *
   * @param text any text, e.g. an education line; never null
   * @return the degree and the span of its words, or empty when the text names none
   */
  public static Optional<Match> find(String text) {
    Objects.requireNonNull(text, "text");
    Matcher english = null;
    Matcher chinese = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Matcher m = null;
      if (CHINESE_STARTS.indexOf(c) >= 0) {
        chinese = chinese == null ? matcher(CHINESE_DEGREE, text) : chinese;
        m = chinese;
      } else if (isAsciiLetter(c) && (i == 0 || !isAsciiLetter(text.charAt(i - 1)))) {
        if (mayStartEnglish(text, i)) {
          english = english == null ? matcher(ENGLISH_DEGREE, text) : english;
          m = english;
        }
      }
      if (m != null && m.region(i, text.length()).lookingAt()) {
        return Optional.of(new Match(typeOf(m), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  private static Matcher matcher(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static StudyType typeOf(Matcher m) {
    for (StudyType type : TYPES) {
      if (m.start(groupName(type)) >= 0) {
        return type;
      }
    }
    throw new IllegalStateException("degree pattern matched no type group");
  }

  // the word at i, lower case and without its dots ("Ph.D." -> "phd"), names a degree's start
  private static boolean mayStartEnglish(String text, int i) {
    StringBuilder key = new StringBuilder(LONGEST_START);
    int j = i;
    for (; j < text.length() && key.length() <= LONGEST_START; j++) {
      char c = text.charAt(j);
      if (Character.isLetter(c)) {
        key.append(Character.toLowerCase(c));
      } else if (c != '.') {
        break;
      }
    }
    if (key.length() == 1) {
      // "B. S.", "A. A.": a spaced-out abbreviation
      return j < text.length() && text.charAt(j - 1) == '.';
    }
    return ENGLISH_STARTS.contains(key.toString()) || key.toString().equals("ph");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Set<String> englishStarts() {
    Set<String> starts = new HashSet<>();
    Stream.of(ANY_CASE, CAPITALS, DOTTED)
        .flatMap(map -> map.values().stream())
        .flatMap(List::stream)
        .forEach(a -> starts.add(a.replace(".", "").toLowerCase(Locale.ROOT)));
    starts.addAll(
        List.of(
            "bachelor",
            "bachelors",
            "baccalaureate",
            "undergraduate",
            "master",
            "masters",
            "doctor",
            "doctors",
            "doctorate",
            "doctoral",
            "associate",
            "associates",
            "high",
            "senior",
            "secondary",
            "ged",
            "graduate",
            "postgraduate",
            "advanced",
            "diploma",
            "diplome",
            "diplôme",
            "certificate"));
    return Set.copyOf(starts);
  }

  private static String englishPattern() {
    List<String> groups = new ArrayList<>();
    for (StudyType type : TYPES) {
      String words = "(?<![A-Za-z])(?:" + WORDS.get(type) + ")" + WORD_END;
      String abbreviations = abbreviations(type);
      if (!abbreviations.isEmpty()) {
        words =
            "(?<![A-Za-z0-9.])(?:"
                + abbreviations
                + ")"
                + HONOURS
                + "(?![A-Za-z0-9])"
                + NOT_PRODUCT_OR_PLACE
                + "|"
                + words;
      }
      groups.add("(?<" + groupName(type) + ">" + words + ")");
    }
    return String.join("|", groups);
  }

  private static String chinesePattern() {
    List<String> groups = new ArrayList<>();
    for (StudyType type : TYPES) {
      // every type gets a group, one that never matches where Chinese has no word for it
      groups.add("(?<" + groupName(type) + ">" + CHINESE.getOrDefault(type, "(?!)") + ")");
    }
    return String.join("|", groups);
  }

  private static String abbreviations(StudyType type) {
    Stream<String> anyCase =
        ANY_CASE.getOrDefault(type, List.of()).stream().map(a -> "(?i:" + undotted(a) + ")");
    Stream<String> capitals =
        CAPITALS.getOrDefault(type, List.of()).stream().map(StudyTypes::undotted);
    Stream<String> dotted = DOTTED.getOrDefault(type, List.of()).stream().map(StudyTypes::dotted);
    // longer first, so "MSc" is tried before "MS"
    return Stream.of(anyCase, capitals, dotted)
        .flatMap(s -> s)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|"));
  }

  // "B.Sc" -> B, then Sc, each dot optional and optionally followed by one space
  private static String undotted(String abbreviation) {
    return Stream.of(abbreviation.split("\\."))
            .map(Pattern::quote)
            .collect(Collectors.joining("(?:\\.\\s?)?"))
        + "\\.?";
  }

  // "A.B." -> A, then B, each dot required
  private static String dotted(String abbreviation) {
    return Stream.of(abbreviation.split("\\."))
            .map(Pattern::quote)
            .collect(Collectors.joining("\\.\\s?"))
        + "\\.";
  }

  private static String groupName(StudyType type) {
    return type.name().replace("_", "").toLowerCase(Locale.ROOT);
  }
}
