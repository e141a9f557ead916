package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.Places;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An entry header cut into its parts ("Title, Employer, City" in any order, "Title Employer |
 * dates", "Employer (City)") and each part told apart by its words: a job title, a place, or the
 * organization.
 *
 * @param organization the employer or institution, or null
 * @param title the position, or null
 * @param location a place part, or null
 * @param note a trailing parenthetical of the organization that is not a place, or null
 * @param url the link on the organization's text, or null
 * @param rest parts that are none of these, in order
 */
public record HeaderParts(
    @Nullable String organization,
    @Nullable String title,
    @Nullable String location,
    @Nullable String note,
    @Nullable String url,
    List<String> rest) {
  private static final Pattern WORDS = Pattern.compile("\\s+");

  public HeaderParts {
    rest = List.copyOf(rest);
  }

  /** Parses header texts (dates already removed), in reading order. */
  // identity: another part of the header, even when its text is the same
  @SuppressWarnings("ReferenceEquality")
  public static HeaderParts parse(List<String> texts, List<Link> links) {
    List<String> parts = new ArrayList<>();
    String roleBeforeSemicolon = null;
    for (String t : texts) {
      int semi = t.indexOf(';');
      if (semi > 0 && semi == t.lastIndexOf(';') && roleBeforeSemicolon == null) {
        // "Backend Development on X at Y; Employer City (FR)": the role, then who it was for
        roleBeforeSemicolon = Texts.clean(t.substring(0, semi));
        t = t.substring(semi + 1);
      }
      for (String p : splitParts(t)) {
        p = Texts.clean(dropLeadingNote(p));
        if (p != null && !p.isEmpty() && p.chars().anyMatch(Character::isLetterOrDigit)) {
          parts.add(p);
        }
      }
    }
    parts = splitTrailingPlaces(mergePlacesAndTitles(parts));
    if (parts.size() == 1
        && Vocabulary.hasTitleWord(parts.get(0))
        && !Places.isPlace(parts.get(0))) {
      // "Tech Leader ByteDance", "Software Developer 万汇互联": title then employer in one run.
      String only = parts.get(0);
      int end = Vocabulary.endOfTitle(only);
      if (end > 0 && end < only.length()) {
        String org = Texts.clean(only.substring(end));
        if (org.length() >= 2
            && org.chars().anyMatch(Character::isLetterOrDigit)
            && !org.startsWith("(")
            && !Character.isLowerCase(org.charAt(0))) {
          parts = List.of(Texts.clean(only.substring(0, end)), org);
        }
      }
    }
    if (parts.size() == 1) {
      parts = splitHanOrgThenTitle(parts.get(0));
    }
    String org = null;
    String title = null;
    String location = null;
    List<String> rest = new ArrayList<>();
    for (String p : parts) {
      if (location == null && Places.isPlace(p) && (org != null || parts.size() > 1)) {
        location = p;
      } else if (title == null
          && Vocabulary.hasTitleWord(p)
          && !(Vocabulary.hasOrgWord(p)
              && org == null
              && parts.stream().anyMatch(q -> q != p && Vocabulary.hasTitleWord(q)))) {
        title = p;
      } else if (org == null) {
        org = p;
      } else {
        rest.add(p);
      }
    }
    if (title != null && org != null && !rest.isEmpty() && qualifiesTitle(parts, title, org)) {
      // "Senior Associate, Assurance, Halvorsen & Pike LLP": the part after the title names a
      // unit or a region of the job, the next one the employer.
      title = title + ", " + org;
      org = rest.remove(0);
    }
    if (roleBeforeSemicolon != null && !roleBeforeSemicolon.isEmpty()) {
      if (title != null) {
        rest.add(0, title);
      }
      title = roleBeforeSemicolon;
    }
    if (title == null && org != null && rest.size() == 1) {
      title = rest.remove(0);
    }
    String note = null;
    if (org != null) {
      int open = Math.max(org.lastIndexOf('('), org.lastIndexOf('（'));
      if (open > 0 && (org.endsWith(")") || org.endsWith("）"))) {
        String inner = Texts.clean(org.substring(open + 1, org.length() - 1));
        String outer = Texts.clean(org.substring(0, open));
        if (!outer.isEmpty()) {
          if (Places.isPlace(inner) && location == null) {
            location = inner;
            org = outer;
          } else if (!Vocabulary.hasOrgWord(org.substring(open))) {
            note = inner;
            org = outer;
          }
        }
      }
    }
    String url = null;
    if (org != null) {
      for (Link link : links) {
        if (!link.text().isBlank()
            && org.toLowerCase(Locale.ROOT).contains(link.text().toLowerCase(Locale.ROOT))
            && link.url().startsWith("http")) {
          url = link.url();
          break;
        }
      }
    }
    return new HeaderParts(org, title, location, note, url, rest);
  }

  /**
   * "青禾数据 数据分析实习生": a Chinese organization, a space, then a title: two parts. Only where the last
   * word alone has a title word and what comes before has none.
   */
  private static List<String> splitHanOrgThenTitle(String only) {
    int space = only.lastIndexOf(' ');
    if (space <= 0) {
      return List.of(only);
    }
    String left = only.substring(0, space).strip();
    String right = only.substring(space + 1).strip();
    if (!left.isEmpty()
        && Scripts.isHan(left.charAt(left.length() - 1))
        && !right.isEmpty()
        && Scripts.isHan(right.charAt(0))
        && Vocabulary.hasTitleWord(right)
        && !Vocabulary.hasTitleWord(left)) {
      return List.of(left, right);
    }
    return List.of(only);
  }

  /**
   * Whether the part read as the organization qualifies the title before it (a department, a unit,
   * a region or a practice: "Registered Nurse, Emergency Department, Riverside Hospital") because
   * the part after it is the organization: it has an organization word and the part between does
   * not, or only a word for a unit of one.
   */
  // identity: the parts in their order, even when two texts are the same
  @SuppressWarnings("ReferenceEquality")
  private static boolean qualifiesTitle(List<String> parts, String title, String org) {
    int at = -1;
    for (int i = 0; i + 2 < parts.size(); i++) {
      if (parts.get(i) == title && parts.get(i + 1) == org) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return false;
    }
    String next = parts.get(at + 2);
    if (!Vocabulary.hasOrgWord(next)
        || Vocabulary.hasUnitWord(next)
        || Places.isPlace(next)
        || Vocabulary.hasTitleWord(next)
        || Places.isPlace(org)
        || WORDS.split(org).length > 4) {
      return false;
    }
    return !Vocabulary.hasOrgWord(org) || Vocabulary.hasUnitWord(org);
  }

  /**
   * Joins parts that a comma split but belong together: "Boston" + "MA" is one place, and adjacent
   * titles ("Associate Director", "Senior Engineer") are one position.
   */
  private static List<String> mergePlacesAndTitles(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        String joined = prev + ", " + p;
        boolean place = Places.isPlace(joined) && !Places.isPlace(prev + " " + p);
        boolean titles =
            Vocabulary.hasTitleWord(prev)
                && Vocabulary.hasTitleWord(p)
                && !Vocabulary.hasOrgWord(prev)
                && !Vocabulary.hasOrgWord(p)
                && !Places.isPlace(p);
        if (place || titles) {
          out.set(out.size() - 1, joined);
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /** "Zenika Lyon (FR)" is an organization then a place: two parts. */
  private static List<String> splitTrailingPlaces(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      var split = Places.isPlace(p) ? Optional.<String[]>empty() : Places.splitTrailingPlace(p);
      if (split.isPresent() && !split.get()[0].isBlank()) {
        out.add(split.get()[0]);
        out.add(split.get()[1]);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Splits on bars, commas, semicolons, spaced dashes, " at ", "@", tabs and wide gaps; never
   * inside parentheses.
   */
  public static List<String> splitParts(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      }
      int sep = depth > 0 ? 0 : separatorLength(text, i);
      if (sep > 0) {
        out.add(cur.toString());
        cur.setLength(0);
        i += sep - 1;
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static int separatorLength(String s, int i) {
    char c = s.charAt(i);
    if ((c == '-' || c == '.' || c == '_' || c == '·')
        && i + 2 < s.length()
        && s.charAt(i + 1) == c
        && s.charAt(i + 2) == c) {
      // a leader ("Company ------- Boston", "Title ........ 2019") separates two parts
      int end = i;
      while (end < s.length() && s.charAt(end) == c) {
        end++;
      }
      return end - i;
    }
    if (c == '|' || c == '｜' || c == '，' || c == '\t' || c == '·' || c == '@' || c == ';'
        || c == '；') {
      return 1;
    }
    if ((c == '/' || c == '／')
        && i > 0
        && i + 1 < s.length()
        && Scripts.isHan(s.charAt(i - 1))
        && Scripts.isHan(s.charAt(i + 1))) {
      // "本科/某大学/软件工程": facts packed with slashes between Chinese words
      return 1;
    }
    if (c == ',') {
      // not a thousands separator
      boolean digits =
          i > 0
              && i + 1 < s.length()
              && Character.isDigit(s.charAt(i - 1))
              && Character.isDigit(s.charAt(i + 1));
      return digits ? 0 : 1;
    }
    if (c == ' ' && i + 2 < s.length()) {
      char d = s.charAt(i + 1);
      if ((d == '-' || d == '–' || d == '—') && s.charAt(i + 2) == ' ') {
        return 3;
      }
      if (s.startsWith(" at ", i)) {
        return 4;
      }
      if (d == ' ') {
        return 2;
      }
    }
    return 0;
  }

  private static String dropLeadingNote(String part) {
    String p = part.strip();
    if (p.startsWith("(") || p.startsWith("（")) {
      int close = Math.max(p.indexOf(')'), p.indexOf('）'));
      if (close > 0 && close < p.length() - 1) {
        return p.substring(close + 1);
      }
    }
    return p;
  }
}
