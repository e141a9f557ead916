package dev.vitae.extractor.roles;

import dev.vitae.extractor.layout.Places;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The features of one header part, in the spirit of GROBID's discrete line features: which word
 * classes it holds (title, organization, school, unit, place), its shape, where it stands (line,
 * place on the line, separator before and after) and the same classes for its neighbours. No
 * feature is a word of the text: the model learns how headers are built, not which employers the
 * training resumes name.
 */
public final class PartFeatures {
  private PartFeatures() {}

  /** The word classes of a text, one letter each, "-" where absent: "T-S--" and the like. */
  public static String classes(String text) {
    return new String(
        new char[] {
          Vocabulary.hasTitleWord(text) ? 'T' : '-',
          Vocabulary.hasOrgWord(text) ? 'O' : '-',
          Vocabulary.hasSchoolWord(text) ? 'S' : '-',
          Vocabulary.hasUnitWord(text) ? 'U' : '-',
          Places.isPlace(text) ? 'P' : '-',
        });
  }

  /**
   * The features of part {@code i} of {@code parts}, whose word classes are {@code classes} (one
   * per part, from {@link #classes}) and whose roles by the word rules are {@code rules}, after a
   * part labelled {@code previous} (null for the first).
   */
  public static String[] of(
      List<HeaderPart> parts,
      List<String> classes,
      List<PartRole> rules,
      int i,
      @Nullable PartRole previous) {
    HeaderPart p = parts.get(i);
    String c = classes.get(i);
    List<String> f = new ArrayList<>(40);
    f.add("c=" + c);
    for (int k = 0; k < c.length(); k++) {
      if (c.charAt(k) != '-') {
        f.add("has=" + c.charAt(k));
      }
    }
    String shape = shape(p.text());
    f.add("shape=" + shape);
    f.add("words=" + bin(words(p.text()), 1, 2, 3, 5, 8));
    int lines = parts.get(parts.size() - 1).line() + 1;
    int onLine = 0;
    int atOnLine = 0;
    for (int k = 0; k < parts.size(); k++) {
      if (parts.get(k).line() == p.line()) {
        onLine++;
        if (k < i) {
          atOnLine++;
        }
      }
    }
    String sepBefore = p.separator().name();
    String sepAfter =
        i + 1 < parts.size() && parts.get(i + 1).line() == p.line()
            ? parts.get(i + 1).separator().name()
            : "END";
    String lineAt = "l" + bin(p.line(), 0, 1, 2) + "/" + bin(lines, 1, 2, 3);
    String onLineAt = bin(atOnLine, 0, 1, 2) + "/" + bin(onLine, 1, 2, 3, 4);
    f.add("line=" + lineAt);
    f.add("onLine=" + onLineAt);
    f.add("parts=" + bin(parts.size(), 1, 2, 3, 4, 5));
    f.add("first=" + (i == 0));
    f.add("last=" + (i == parts.size() - 1));
    f.add("sep=" + sepBefore + ">" + sepAfter);
    f.add("sepBefore=" + sepBefore);
    f.add("sepAfter=" + sepAfter);
    String prev = previous == null ? "BOS" : previous.name();
    f.add("prev=" + prev);
    String before = i > 0 ? classes.get(i - 1) : "BOS";
    String after = i + 1 < parts.size() ? classes.get(i + 1) : "EOS";
    f.add("before=" + before);
    f.add("after=" + after);
    f.add("around=" + before + "|" + after);
    f.add("beforeSameLine=" + (i > 0 && parts.get(i - 1).line() == p.line()));
    StringBuilder others = new StringBuilder();
    for (char k : new char[] {'T', 'O', 'S', 'U', 'P'}) {
      boolean elsewhere = false;
      for (int j = 0; j < parts.size(); j++) {
        elsewhere |= j != i && classes.get(j).indexOf(k) >= 0;
      }
      others.append(elsewhere ? k : '-');
    }
    f.add("others=" + others);
    String rule = rules.get(i).name();
    String ruleBefore = i > 0 ? rules.get(i - 1).name() : "BOS";
    String ruleAfter = i + 1 < parts.size() ? rules.get(i + 1).name() : "EOS";
    f.add("rule=" + rule);
    f.add("rule+around=" + ruleBefore + "|" + rule + "|" + ruleAfter);
    f.add("rule+c=" + rule + "|" + c);
    f.add("rule+prev=" + rule + "|" + prev);
    f.add("rule+sep=" + rule + "|" + sepBefore + ">" + sepAfter);
    // conjunctions a linear model cannot form by itself
    f.add("c+prev=" + c + "|" + prev);
    f.add("c+sep=" + c + "|" + sepBefore + ">" + sepAfter);
    f.add("c+others=" + c + "|" + others);
    f.add("c+at=" + c + "|" + lineAt + "|" + onLineAt);
    f.add("c+shape=" + c + "|" + shape);
    f.add("prev+sep=" + prev + "|" + sepBefore);
    f.add("c+before=" + c + "|" + before + "|" + prev);
    return f.toArray(String[]::new);
  }

  /** Letter case and script: "Aa" title case, "A" capitals, "a" lower, "h" Han, "d" digits. */
  static String shape(String text) {
    if (Texts.hasHan(text)) {
      return "h";
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean lowerWordStart = false;
    boolean wordStart = true;
    boolean paren = false;
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      if (Character.isUpperCase(ch)) {
        upper = true;
      } else if (Character.isLowerCase(ch)) {
        lower = true;
        lowerWordStart |= wordStart;
      } else if (Character.isDigit(ch)) {
        digit = true;
      }
      paren |= ch == '(' || ch == '（';
      wordStart = Character.isWhitespace(ch);
    }
    String s = upper && !lower ? "A" : !upper ? "a" : lowerWordStart ? "Aa+a" : "Aa";
    return s + (digit ? "d" : "") + (paren ? "(" : "");
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < text.length(); k++) {
      boolean letter = !Character.isWhitespace(text.charAt(k));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  /** The lowest bound at or above {@code value}, or "N+" past the last one. */
  private static String bin(int value, int... bounds) {
    for (int b : bounds) {
      if (value <= b) {
        return Integer.toString(b);
      }
    }
    return bounds[bounds.length - 1] + "+";
  }
}
