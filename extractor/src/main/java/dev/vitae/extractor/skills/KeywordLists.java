package dev.vitae.extractor.skills;

import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a written list of terms into atomic keywords: on commas and enumeration marks when the
 * list has them, else on slashes, else on wide gaps, else on single spaces (keeping multi-word
 * terms whose later words never stand alone, such as "Machine Learning Platform"). A parenthesized
 * list after a term is flattened ("Git (GitLab, GitHub)"); prose after the terms ends the list.
 */
public final class KeywordLists {
  private static final Pattern STRONG = Pattern.compile("\\s*[,，、;；]\\s*");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern WIDE = Pattern.compile("\\s{2,}|\\t|\\s+[|｜•·]\\s+");
  private static final Pattern SENTENCE_END =
      Pattern.compile("。|\\.\\s+(?=\\p{Lu}|\\p{IsHan})|\\.$");
  private static final Pattern ETC =
      Pattern.compile("(?i)^(?:etc\\.?|and more|and so on|等等?|…+|\\.\\.\\.)$");
  private static final Pattern TRAILING_ETC =
      Pattern.compile("(?i)(?:\\s*(?:etc\\.?|等等?|…+|\\.\\.\\.))$");
  private static final Pattern PROSE_ZH = Pattern.compile("的|了|使用|熟悉|负责|了解|掌握|能够|可以|精通|熟练");
  private static final Pattern LEADING_AND = Pattern.compile("(?i)^(?:and|&)\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PROSE_OPENER =
      Pattern.compile(
          "(?i)^(?:using|with|for|and|including|familiar|experience|knowledge|used)\\b.*");
  // Words that almost never stand alone as a skill: they continue the term before them.
  private static final Set<String> CONTINUATIONS =
      Set.of(
          "learning",
          "platform",
          "platforms",
          "engineering",
          "development",
          "management",
          "design",
          "systems",
          "system",
          "computing",
          "science",
          "analysis",
          "analytics",
          "processing",
          "architecture",
          "infrastructure",
          "intelligence",
          "automation",
          "testing",
          "security",
          "networking",
          "storage",
          "database",
          "databases",
          "services",
          "service",
          "native",
          "acceleration",
          "optimization",
          "operations",
          "framework",
          "frameworks",
          "tools",
          "vision");

  private KeywordLists() {}

  /** The keywords of a list, in order; empty for prose. */
  public static List<String> split(String text) {
    String t = Texts.clean(text);
    var end = SENTENCE_END.matcher(t);
    if (end.find()) {
      t = t.substring(0, end.start());
    }
    List<String> raw;
    if (STRONG.matcher(outsideParens(t)).find()) {
      raw = splitOutsideParens(t, STRONG);
    } else if (SLASH.matcher(outsideParens(t)).find()) {
      raw = splitOutsideParens(t, SLASH);
    } else if (WIDE.matcher(t).find()) {
      raw = List.of(WIDE.split(t));
    } else if (t.contains(" ")) {
      raw = mergeContinuations(List.of(t.split(" ")));
    } else {
      raw = List.of(t);
    }
    List<String> out = new ArrayList<>();
    for (String item : raw) {
      String k = Texts.clean(item);
      k = LEADING_AND.matcher(k).replaceFirst("");
      if (k.isEmpty() || ETC.matcher(k).matches()) {
        continue;
      }
      if (isProse(k)) {
        break;
      }
      k = TRAILING_ETC.matcher(k).replaceAll("");
      out.addAll(flattenParens(k));
    }
    return out.stream().map(Texts::clean).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /**
   * Whether a whole line reads as a sentence rather than a list of terms: Chinese with verbs of
   * proficiency, or more than a dozen words with few list separators.
   */
  public static boolean isSentence(String line) {
    String t = Texts.clean(line);
    if (Texts.hasHan(t)) {
      return PROSE_ZH.matcher(t).find() && t.length() > 20;
    }
    String[] words = WHITESPACE.split(t);
    long stopwords =
        Arrays.stream(words).filter(w -> STOPWORDS.contains(w.toLowerCase(Locale.ROOT))).count();
    // Lists of terms have almost no function words; sentences have many.
    return words.length >= 8 && stopwords * 6 >= words.length;
  }

  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "as",
          "at", "is", "are", "was", "were", "be", "have", "has", "i", "my", "that", "this", "which",
          "able");

  private static boolean isProse(String item) {
    if (PROSE_ZH.matcher(item).find() && Texts.hasHan(item)) {
      return true;
    }
    String[] words = WHITESPACE.split(item);
    return words.length > 5
        || (words.length > 2
            && Character.isLowerCase(item.charAt(0))
            && PROSE_OPENER.matcher(item).matches());
  }

  /** "Git (GitLab, GitHub)" → Git, GitLab, GitHub; "C++ (STL)" stays whole. */
  private static List<String> flattenParens(String item) {
    int open = item.indexOf('(') >= 0 ? item.indexOf('(') : item.indexOf('（');
    if (open > 0 && (item.endsWith(")") || item.endsWith("）"))) {
      String inner = item.substring(open + 1, item.length() - 1);
      if (STRONG.matcher(inner).find()) {
        List<String> out = new ArrayList<>();
        out.add(item.substring(0, open).strip());
        out.addAll(List.of(STRONG.split(inner)));
        return out;
      }
    }
    return List.of(item);
  }

  private static List<String> mergeContinuations(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!out.isEmpty()
          && CONTINUATIONS.contains(w.toLowerCase(Locale.ROOT))
          && !Texts.hasHan(w)
          && Character.isUpperCase(w.charAt(0))
          && !Texts.hasHan(out.get(out.size() - 1))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static String outsideParens(String s) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<String> splitOutsideParens(String s, Pattern sep) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    var m = sep.matcher(s);
    int pos = 0;
    while (m.find(pos)) {
      depth = depthAt(s, m.start());
      if (depth == 0) {
        out.add(s.substring(from, m.start()));
        from = m.end();
      }
      pos = m.end() > m.start() ? m.end() : m.start() + 1;
      if (pos >= s.length()) {
        break;
      }
    }
    out.add(s.substring(from));
    return out;
  }

  private static int depthAt(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }
}
