package dev.vitae.extractor.document;

import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.normalize.Countries;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.parser.Line;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sets the document's languages and its default phone region, from the Unicode scripts of its text
 * (no language model).
 *
 * <p>Languages: Han characters count for {@code zh} (for {@code ja} when kana make up a tenth of
 * the CJK text), Hangul for {@code ko}, Latin letters for {@code en}; a Latin letter weighs a third
 * of a Han character, about the information each carries. Every language with at least a fifth of
 * the weight is listed, most used first. A document with no letters gets no languages.
 *
 * <p>Default region: the country a header line ends with ("Beijing, China", "Somerville MA USA"),
 * else {@code CN}, {@code JP} or {@code KR} when that language comes first, else none (numbers then
 * need a country prefix or an unambiguous national shape; see {@link
 * dev.vitae.extractor.normalize.Phones}).
 *
 * <p>Requires nothing; provides {@link Slot#DOCUMENT_LANGUAGE}. Stateless and thread-safe; never
 * throws on odd input.
 */
public final class DocumentLanguageStage implements Extractor {
  private static final double LATIN_WEIGHT = 1.0 / 3;
  private static final double MIN_SHARE = 0.2;
  private static final int MAX_CHARS = 200_000;
  private static final int HEADER_LINES = 12;
  private static final int MAX_PLACE_WORDS = 6;
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[|·•;；\\t]|\\s{2,}|\\u3000|\\s/\\s)\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private enum Script {
    HAN,
    KANA,
    HANGUL,
    LATIN
  }

  private static final int SCRIPTS = Script.values().length;

  @Override
  public Set<Slot> requires() {
    return Set.of();
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.DOCUMENT_LANGUAGE);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    List<String> languages = languages(doc);
    draft.setDocumentLanguages(languages);
    Optional<String> region = headerCountry(doc);
    if (region.isEmpty() && !languages.isEmpty()) {
      region =
          switch (languages.get(0)) {
            case "zh" -> Optional.of("CN");
            case "ja" -> Optional.of("JP");
            case "ko" -> Optional.of("KR");
            default -> Optional.empty();
          };
    }
    region.ifPresent(draft::setDefaultRegion);
  }

  /** ISO 639-1 codes of the languages of {@code text}, most used first, as described above. */
  // a counting array indexed by ordinal: this loop runs per character
  @SuppressWarnings("EnumOrdinal")
  static List<String> languagesOf(String text) {
    int[] counts = new int[SCRIPTS];
    int limit = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < limit; ) {
      char c = text.charAt(i);
      // ASCII, most of any text: a letter is Latin, anything else no script counted here.
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          counts[Script.LATIN.ordinal()]++;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Script script = scriptOf(cp);
      if (script != null) {
        counts[script.ordinal()]++;
      }
    }
    int han = counts[Script.HAN.ordinal()];
    int kana = counts[Script.KANA.ordinal()];
    boolean japanese = kana > 0 && kana * 10 >= han + kana;
    Map<String, Double> weights = new LinkedHashMap<>();
    if (japanese) {
      weights.put("ja", (double) han + kana);
    } else {
      weights.put("zh", (double) han);
    }
    weights.put("ko", (double) counts[Script.HANGUL.ordinal()]);
    weights.put("en", counts[Script.LATIN.ordinal()] * LATIN_WEIGHT);
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    List<String> languages = new ArrayList<>();
    if (total <= 0) {
      return languages;
    }
    weights.entrySet().stream()
        .filter(e -> e.getValue() / total >= MIN_SHARE)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> languages.add(e.getKey()));
    return languages;
  }

  private static List<String> languages(TextDocument doc) {
    StringBuilder text = new StringBuilder();
    for (Line line : doc.lines()) {
      if (text.length() >= MAX_CHARS) {
        break;
      }
      text.append(line.text()).append('\n');
    }
    return languagesOf(text.toString());
  }

  private static @Nullable Script scriptOf(int cp) {
    Character.UnicodeScript script = Scripts.of(cp);
    return switch (script) {
      case HAN -> Script.HAN;
      case HIRAGANA, KATAKANA -> Script.KANA;
      case HANGUL -> Script.HANGUL;
      case LATIN -> Character.isLetter(cp) ? Script.LATIN : null;
      default -> null;
    };
  }

  // The header is the lines before the first heading that is not the document's title.
  private static Optional<String> headerCountry(TextDocument doc) {
    List<Line> lines = doc.lines();
    for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
      Line line = lines.get(i);
      if (i > 0 && line.style().isHeading()) {
        break;
      }
      for (String segment : SEPARATORS.split(line.text())) {
        if (segment.isBlank() || WHITESPACE.split(segment).length > MAX_PLACE_WORDS) {
          continue;
        }
        Optional<Countries.Match> country = Countries.findTrailing(segment);
        if (country.isPresent()) {
          return Optional.of(country.get().code());
        }
      }
    }
    return Optional.empty();
  }
}
