package dev.vitae.extractor.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a gold value shows in the document's text. Lenient on purpose (spaces, punctuation and
 * markup are ignored), since a value it calls invisible is taken out of the recall.
 */
final class Visibility {
  /** Without a document text every value counts as visible. */
  static final Visibility ALL = new Visibility(null);

  private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
  // A phone's country code is often not written: compare the number without up to 3 leading digits.
  private static final int MAX_COUNTRY_CODE_DIGITS = 3;
  private static final int MIN_PHONE_DIGITS = 7;

  private final @Nullable String skeleton;
  private final @Nullable String digits;
  private final Set<String> years;
  private final Set<String> tokens;

  private Visibility(@Nullable String text) {
    if (text == null) {
      skeleton = null;
      digits = null;
      years = Set.of();
      tokens = Set.of();
    } else {
      skeleton = Normalization.skeleton(text);
      digits = Normalization.digits(text);
      years = new HashSet<>();
      for (String run : NON_DIGITS.split(digitsAndGaps(text))) {
        // A year stands alone (2019) or leads a compact date (201903, 20190301).
        if (run.length() == 4 || run.length() == 6 || run.length() == 8) {
          years.add(run.substring(0, 4));
        }
      }
      tokens = new HashSet<>(Normalization.tokens(text));
    }
  }

  static Visibility of(@Nullable String documentText) {
    return documentText == null ? ALL : new Visibility(documentText);
  }

  /** Whether the document shows a value of this slot. */
  boolean shows(Field field, String value) {
    if (skeleton == null) {
      return true;
    }
    return switch (field.match()) {
      case VOCABULARY -> true;
      case TEXT -> showsText(value);
      case PHONE -> showsPhone(value);
      case DATE -> showsDate(value);
      case TOKENS -> showsText(value);
    };
  }

  /** Whether the document shows a list of highlights: one of them, or half of their words. */
  boolean showsAll(List<String> values) {
    if (skeleton == null) {
      return true;
    }
    Set<String> wanted = new HashSet<>();
    for (String value : values) {
      if (showsText(value)) {
        return true;
      }
      wanted.addAll(Normalization.tokens(value));
    }
    if (wanted.isEmpty()) {
      return true;
    }
    long seen = wanted.stream().filter(tokens::contains).count();
    return seen * 2 >= wanted.size();
  }

  boolean showsText(String value) {
    String s = Normalization.skeleton(value);
    return skeleton == null || s.isEmpty() || skeleton.contains(s);
  }

  private boolean showsPhone(String value) {
    String d = Normalization.digits(value);
    if (d.isEmpty()) {
      return showsText(value);
    }
    for (int k = 0; k <= MAX_COUNTRY_CODE_DIGITS && k < d.length(); k++) {
      String rest = d.substring(k);
      if (k > 0 && rest.length() < MIN_PHONE_DIGITS) {
        break;
      }
      if (digits == null || digits.contains(rest)) {
        return true;
      }
    }
    return false;
  }

  private boolean showsDate(String value) {
    String year = Normalization.year(value);
    return year.isEmpty() ? showsText(value) : years.contains(year);
  }

  // Keeps digits and turns everything else into a space, so separate numbers stay apart.
  private static String digitsAndGaps(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
              } else {
                sb.append(' ');
              }
            });
    return sb.toString();
  }
}
