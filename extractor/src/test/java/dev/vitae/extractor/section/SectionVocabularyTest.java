package dev.vitae.extractor.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CodePoints;
import dev.vitae.extractor.CorpusLines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SectionVocabularyTest {
  // The regex passes normalize made before its fast paths, kept here as the reference.
  private static final Pattern DECORATION =
      Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\p{P}\\p{Sm}\\p{Sc}&&[^&+]]");
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\d{1,2}[.、)]|[一二三四五六七八九十]{1,2}[、.．]|[ivx]{1,4}[.)])\\s*");
  private static final Pattern SPACED_LETTERS = Pattern.compile("^(?:\\p{L} ){2,}\\p{L}$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

  private static final String[] PIECES = {
    "Work",
    "EXPERIENCE",
    "experience",
    "Skills",
    "s k i l l s",
    "S K I L L S",
    "工作经历",
    "工 作 经 历",
    "教 育",
    "My ",
    "my",
    "about me",
    "Awards & Honors",
    "skills+tools",
    "C++",
    "R&D",
    " and ",
    "&",
    "+",
    "1.",
    "12)",
    "3、",
    "一、",
    "十二．",
    "iv.",
    "IV)",
    "xi)",
    "Ⅳ.",
    "①",
    "ＥＤＵ",
    "ﬁ",
    "：",
    ":",
    "-",
    "—",
    "■",
    "●",
    "★",
    "|",
    "/",
    "(",
    ")",
    "（本科）",
    "《",
    "》",
    "$",
    "€",
    "^",
    "`",
    "~",
    "_",
    "'",
    "\"",
    "😀",
    "𝐄𝐃𝐔",
    "𝐀",
    "\uD800",
    "\uDC00",
    "\uDBFF\uDFFF",
    "\uE000",
    "\uDB80\uDC00",
    "\u0301",
    "e\u0301",
    "\t",
    "\n",
    "\r\n",
    "\u000B",
    "\f",
    "\u00A0",
    "\u3000",
    "\u2028",
    "\u2003",
    "\u200B",
    " ",
    "  ",
    "\u212A",
    "ß",
    "İ",
    "ı",
    "Σ",
    "ς",
    "Ǆ",
    "ﾃﾞ",
    "가",
    "\u1100\u1161",
    "\u0000",
    "𠀀",
    "\u2E80",
    "\u3005",
    "年",
    "9",
    "٣",
    "é",
    "ÉCOLE",
    "Ω",
    "Å",
    "A\u030A"
  };

  @Test
  void normalizeAnswersAsTheRegexesOverTheCorpus() {
    for (String line : CorpusLines.all()) {
      assertThat(SectionVocabulary.normalize(line)).as(line).isEqualTo(reference(line));
    }
  }

  @Test
  void normalizeAnswersAsTheRegexesOverGeneratedHeadings() {
    Random random = new Random(5);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          sb.append(' ');
        }
      }
      String s = sb.toString();
      assertThat(SectionVocabulary.normalize(s)).as(s).isEqualTo(reference(s));
    }
  }

  @Test
  void normalizeAnswersAsTheRegexesOnEveryCodePoint() {
    for (int cp : CodePoints.bmpAndSupplementarySample().toArray()) {
      String c = new String(Character.toChars(cp));
      for (String s : List.of(c, "a" + c + "b 工" + c + " 作 " + c + " & " + c + "\t")) {
        String expected = reference(s);
        String actual = SectionVocabulary.normalize(s);
        if (!actual.equals(expected)) {
          assertThat(actual).as("U+%04X in %s", cp, s).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void spaceOutAnswersAsTheRegexesOnSurrogates() {
    List<String> cases = new ArrayList<>();
    for (String a :
        List.of(
            "\uD835", "\uDC00", "\uD835\uDC00", "\uD83D\uDE00", "\uDB80\uDC00", "x", "&", " ")) {
      for (String b :
          List.of(
              "\uD835", "\uDC00", "\uD835\uDC00", "\uD83D\uDE00", "\uDB80\uDC00", "x", "+", "\t")) {
        cases.add(a + b);
        cases.add(b + a + b);
      }
    }
    for (String s : cases) {
      String expected =
          WHITESPACE
              .matcher(
                  DECORATION.matcher(s).replaceAll(" ").replace("&", " and ").replace("+", " and "))
              .replaceAll(" ");
      assertThat(SectionVocabulary.spaceOut(s)).as(s).isEqualTo(expected);
    }
  }

  @Test
  void skipsNfkcOnlyWhereItChangesNothing() {
    for (char c = 0; c < 0x80; c++) {
      for (char d = 0; d < 0x80; d++) {
        String s = "" + c + d;
        assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).isEqualTo(s);
      }
    }
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      String s = "a" + c + c + "z";
      assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).isEqualTo(s);
      assertThat(SectionVocabulary.isNfkcStable(s)).isTrue();
    }
    assertThat(SectionVocabulary.isNfkcStable("ＥＤＵ")).isFalse();
    assertThat(SectionVocabulary.isNfkcStable("e\u0301")).isFalse();
  }

  @Test
  void noHanCodePointLiesBelowTheFastPathBound() {
    for (int cp = 0; cp < 0x2E80; cp++) {
      assertThat(Character.UnicodeScript.of(cp)).isNotEqualTo(Character.UnicodeScript.HAN);
    }
  }

  @Test
  void findsHeadingsLooselyWithOneNormalization() {
    assertThat(SectionVocabulary.findExact("■ WORK EXPERIENCE：")).contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findExact("S K I L L S")).contains(SectionKind.SKILLS);
    assertThat(SectionVocabulary.findLoose("Work Experience & Internships"))
        .contains(SectionKind.WORK);
    assertThat(SectionVocabulary.findLoose("Technical Skills Summary"))
        .contains(SectionKind.SKILLS);
    assertThat(SectionVocabulary.findLoose("教育背景（本科）")).contains(SectionKind.EDUCATION);
    assertThat(SectionVocabulary.findLoose("Relevant Skills")).contains(SectionKind.SKILLS);
    assertThat(SectionVocabulary.findLoose("Jane Roe")).isEmpty();
  }

  private static String reference(String heading) {
    String s = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    s = NUMBERING.matcher(s).replaceFirst("");
    s = DECORATION.matcher(s).replaceAll(" ");
    s = s.replace("&", " and ").replace("+", " and ");
    s = WHITESPACE.matcher(s).replaceAll(" ").strip();
    if (SPACED_LETTERS.matcher(s).matches()) {
      s = s.replace(" ", "");
    }
    s = SPACE_BETWEEN_HAN.matcher(s).replaceAll("");
    if (s.startsWith("my ")) {
      s = s.substring(3);
    }
    return s;
  }

  @Test
  void findsPhrasesAsTryingEveryPhraseDidOverTheCorpus() {
    for (String line : CorpusLines.all()) {
      assertSameKinds(line);
    }
  }

  @Test
  void findsPhrasesAsTryingEveryPhraseDidOverGeneratedHeadings() {
    List<String> words = new ArrayList<>();
    for (String phrase : SectionVocabulary.phrases().keySet()) {
      words.add(phrase);
      words.addAll(List.of(phrase.split(" ")));
      if (phrase.length() > 2) {
        words.add(phrase.substring(1));
        words.add(phrase.substring(0, phrase.length() - 1));
      }
    }
    words.addAll(
        List.of(
            "and",
            "&",
            "+",
            "relevant",
            "teaching",
            "主要",
            "本科",
            "my",
            "—",
            ":",
            "(",
            ")",
            "（",
            "）",
            "2019",
            "x",
            "a",
            "_",
            "é"));
    Random random = new Random(5);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(5);
      for (int p = 0; p < parts; p++) {
        if (p > 0 && random.nextInt(4) > 0) {
          sb.append(' ');
        }
        sb.append(words.get(random.nextInt(words.size())));
      }
      assertSameKinds(sb.toString());
    }
  }

  private static void assertSameKinds(String text) {
    assertThat(SectionVocabulary.findLoose(text)).as(text).isEqualTo(referenceFindLoose(text));
    assertThat(SectionVocabulary.findTrailing(text))
        .as(text)
        .isEqualTo(referenceFindTrailing(text));
    assertThat(SectionVocabulary.findExact(text)).as(text).isEqualTo(referenceFindExact(text));
  }

  // findExact, findLoose and findTrailing as they were, trying every phrase, kept as the reference.
  private static Optional<SectionKind> referenceFindExact(String heading) {
    Map<String, SectionKind> phrases = SectionVocabulary.phrases();
    String n = reference(heading);
    SectionKind kind = phrases.get(n);
    if (kind == null && n.contains(" ")) {
      kind = phrases.get(n.replace(" ", ""));
    }
    var note = Pattern.compile("\\s*[(（][^()（）,，;；、|]{1,40}[)）]\\s*$").matcher(heading);
    if (kind == null && note.find() && note.start() > 0) {
      String m = reference(heading.substring(0, note.start()));
      kind = phrases.get(m);
      if (kind == null && m.contains(" ")) {
        kind = phrases.get(m.replace(" ", ""));
      }
    }
    return Optional.ofNullable(kind);
  }

  private static Optional<SectionKind> referenceFindLoose(String heading) {
    Map<String, SectionKind> phrases = SectionVocabulary.phrases();
    Optional<SectionKind> exact = referenceFindExact(heading);
    if (exact.isPresent()) {
      return exact;
    }
    String n = reference(heading);
    if (n.isEmpty() || n.length() > 40) {
      return Optional.empty();
    }
    String best = null;
    int words = n.split(" ").length;
    if (words <= 5) {
      for (String phrase : phrases.keySet()) {
        if (phrase.length() >= 5
            && n.startsWith(phrase)
            && n.startsWith(" and ", phrase.length())
            && (best == null || phrase.length() > best.length())) {
          best = phrase;
        }
      }
      if (best != null) {
        return Optional.of(phrases.get(best));
      }
    }
    if (words <= 3) {
      for (String phrase : phrases.keySet()) {
        if (phrase.length() >= 4
            && n.endsWith(phrase)
            && isBoundary(n, n.length() - phrase.length() - 1)
            && (best == null || phrase.length() > best.length())) {
          best = phrase;
        }
      }
      if (best != null) {
        return Optional.of(phrases.get(best));
      }
    }
    int visible = n.replace(" ", "").length();
    for (String phrase : phrases.keySet()) {
      if (phrase.length() < 2 || (best != null && phrase.length() <= best.length())) {
        continue;
      }
      int at = n.indexOf(phrase);
      if (at >= 0
          && isBoundary(n, at - 1)
          && isBoundary(n, at + phrase.length())
          && phrase.length() * 2 >= visible) {
        best = phrase;
      }
    }
    return best == null ? Optional.empty() : Optional.of(phrases.get(best));
  }

  private static Optional<SectionKind> referenceFindTrailing(String line) {
    Map<String, SectionKind> phrases = SectionVocabulary.phrases();
    String n = reference(line);
    String best = null;
    for (String phrase : phrases.keySet()) {
      if (phrase.length() >= 5
          && n.endsWith(phrase)
          && isBoundary(n, n.length() - phrase.length() - 1)
          && (best == null || phrase.length() > best.length())) {
        best = phrase;
      }
    }
    return best == null ? Optional.empty() : Optional.of(phrases.get(best));
  }

  private static boolean isBoundary(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return true;
    }
    char c = s.charAt(i);
    return !Character.isLetterOrDigit(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
