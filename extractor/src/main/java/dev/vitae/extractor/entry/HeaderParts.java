package dev.vitae.extractor.entry;

import dev.vitae.extractor.layout.Places;
import dev.vitae.extractor.layout.Vocabulary;
import dev.vitae.extractor.normalize.Scripts;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.roles.HeaderPart;
import dev.vitae.extractor.roles.HeaderPart.Separator;
import dev.vitae.extractor.roles.PartLog;
import dev.vitae.extractor.roles.PartRole;
import dev.vitae.extractor.roles.PartRoleModel;
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

  /**
   * Parses header texts (dates already removed), in reading order. The parts' roles come from the
   * standard {@link PartRoleModel} when there is one, from the word rules otherwise.
   */
  public static HeaderParts parse(List<String> texts, List<Link> links) {
    return parse(texts, links, PartRoleModel.standard().orElse(null));
  }

  /** Parses header texts with {@code model} deciding the parts' roles, or the rules when null. */
  public static HeaderParts parse(
      List<String> texts, List<Link> links, @Nullable PartRoleModel model) {
    List<HeaderPart> cut = new ArrayList<>();
    String roleBeforeSemicolon = null;
    for (int line = 0; line < texts.size(); line++) {
      String t = texts.get(line);
      int semi = t.indexOf(';');
      if (semi > 0 && semi == t.lastIndexOf(';') && roleBeforeSemicolon == null) {
        // "Backend Development on X at Y; Employer City (FR)": the role, then who it was for
        roleBeforeSemicolon = Texts.clean(t.substring(0, semi));
        t = t.substring(semi + 1);
      }
      cut.addAll(cut(t, line));
    }
    Roles roles = byRules(cut.stream().map(HeaderPart::text).toList());
    if (model != null || PartLog.collecting()) {
      // the model's view: finer parts, each with the rules' role
      List<HeaderPart> fine = refine(cut);
      List<PartRole> ruled = roles.of(fine);
      PartLog.record(fine, ruled);
      if (model != null && !fine.isEmpty()) {
        roles = byModel(fine, model.label(fine, ruled));
      }
    }
    String org = roles.org;
    String title = roles.title;
    String location = roles.location;
    List<String> rest = roles.rest;
    if (roleBeforeSemicolon != null && !roleBeforeSemicolon.isEmpty()) {
      if (title != null) {
        rest.add(0, title);
      }
      title = roleBeforeSemicolon;
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

  /** The roles a header's parts were given. */
  private static final class Roles {
    @Nullable String org;
    @Nullable String title;
    @Nullable String location;
    final List<String> rest = new ArrayList<>();

    /** The role of each of {@code parts}: that of the name that holds its text. */
    List<PartRole> of(List<HeaderPart> parts) {
      List<PartRole> out = new ArrayList<>(parts.size());
      for (HeaderPart p : parts) {
        String t = p.text();
        out.add(
            title != null && title.contains(t)
                ? PartRole.TITLE
                : org != null && org.contains(t)
                    ? PartRole.ORG
                    : location != null && location.contains(t) ? PartRole.PLACE : PartRole.OTHER);
      }
      return out;
    }
  }

  /**
   * The header's parts, cut finer where the words show two names in one part: a trailing place
   * ("Zenika Lyon (FR)"), a title then an organization ("Tech Leader ByteDance") in a header of one
   * part.
   */
  private static List<HeaderPart> refine(List<HeaderPart> cut) {
    List<HeaderPart> out = new ArrayList<>();
    for (HeaderPart p : cut) {
      var split =
          Places.isPlace(p.text())
              ? Optional.<String[]>empty()
              : Places.splitTrailingPlace(p.text());
      if (split.isPresent() && !split.get()[0].isBlank()) {
        out.add(new HeaderPart(Texts.clean(split.get()[0]), p.line(), p.separator()));
        out.add(new HeaderPart(Texts.clean(split.get()[1]), p.line(), Separator.SPACE));
      } else {
        out.add(p);
      }
    }
    if (out.size() == 1) {
      HeaderPart only = out.get(0);
      List<String> two = titleThenOrg(only.text());
      if (two.size() == 1) {
        two = splitHanOrgThenTitle(only.text());
      }
      if (two.size() == 2) {
        return List.of(
            new HeaderPart(two.get(0), only.line(), only.separator()),
            new HeaderPart(two.get(1), only.line(), Separator.SPACE));
      }
    }
    return out;
  }

  /** The parts' roles as the model labels them; neighbours of one role are one name. */
  private static Roles byModel(List<HeaderPart> parts, List<PartRole> labels) {
    Roles r = new Roles();
    int i = 0;
    while (i < parts.size()) {
      PartRole role = labels.get(i);
      StringBuilder name = new StringBuilder(parts.get(i).text());
      int j = i + 1;
      while (j < parts.size() && labels.get(j) == role && role != PartRole.OTHER) {
        name.append(", ").append(parts.get(j).text());
        j++;
      }
      String text = name.toString();
      switch (role) {
        case TITLE -> {
          if (r.title == null) {
            r.title = text;
          } else {
            r.rest.add(text);
          }
        }
        case ORG -> {
          if (r.org == null) {
            r.org = text;
          } else {
            r.rest.add(text);
          }
        }
        case PLACE -> {
          if (r.location == null) {
            r.location = text;
          } else {
            r.rest.add(text);
          }
        }
        case OTHER -> r.rest.add(text);
      }
      i = j;
    }
    return r;
  }

  /** The parts' roles by the word rules. */
  // identity: another part of the header, even when its text is the same
  @SuppressWarnings("ReferenceEquality")
  private static Roles byRules(List<String> cut) {
    List<String> parts = splitTrailingPlaces(mergePlacesAndTitles(cut));
    if (parts.size() == 1) {
      parts = titleThenOrg(parts.get(0));
    }
    if (parts.size() == 1) {
      parts = splitHanOrgThenTitle(parts.get(0));
    }
    Roles r = new Roles();
    for (String p : parts) {
      if (r.location == null && Places.isPlace(p) && (r.org != null || parts.size() > 1)) {
        r.location = p;
      } else if (r.title == null
          && Vocabulary.hasTitleWord(p)
          && !(Vocabulary.hasOrgWord(p)
              && r.org == null
              && parts.stream().anyMatch(q -> q != p && Vocabulary.hasTitleWord(q)))) {
        r.title = p;
      } else if (r.org == null) {
        r.org = p;
      } else {
        r.rest.add(p);
      }
    }
    if (r.title != null
        && r.org != null
        && !r.rest.isEmpty()
        && qualifiesTitle(parts, r.title, r.org)) {
      // "Senior Associate, Assurance, Halvorsen & Pike LLP": the part after the title names a
      // unit or a region of the job, the next one the employer.
      r.title = r.title + ", " + r.org;
      r.org = r.rest.remove(0);
    }
    if (r.title == null && r.org != null && r.rest.size() == 1) {
      r.title = r.rest.remove(0);
    }
    return r;
  }

  /**
   * "Tech Leader ByteDance", "Software Developer 万汇互联": a title then an employer in one run, as two
   * parts; the text alone when it is not one.
   */
  private static List<String> titleThenOrg(String only) {
    if (!Vocabulary.hasTitleWord(only) || Places.isPlace(only)) {
      return List.of(only);
    }
    int end = Vocabulary.endOfTitle(only);
    if (end > 0 && end < only.length()) {
      String org = Texts.clean(only.substring(end));
      if (org.length() >= 2
          && org.chars().anyMatch(Character::isLetterOrDigit)
          && !org.startsWith("(")
          && !Character.isLowerCase(org.charAt(0))) {
        return List.of(Texts.clean(only.substring(0, end)), org);
      }
    }
    return List.of(only);
  }

  /** The parts of one header line, cleaned; parts without a letter or digit are dropped. */
  private static List<HeaderPart> cut(String text, int line) {
    List<HeaderPart> out = new ArrayList<>();
    for (HeaderPart p : splitLine(text, line)) {
      String t = Texts.clean(dropLeadingNote(p.text()));
      if (t != null && !t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
        out.add(new HeaderPart(t, line, out.isEmpty() ? Separator.START : p.separator()));
      }
    }
    return out;
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
    return splitLine(text, 0).stream().map(HeaderPart::text).toList();
  }

  /** {@link #splitParts}, each part with the separator before it (uncleaned, maybe empty). */
  private static List<HeaderPart> splitLine(String text, int line) {
    List<HeaderPart> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    Separator before = Separator.START;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      }
      int sep = depth > 0 ? 0 : separatorLength(text, i);
      if (sep > 0) {
        out.add(new HeaderPart(cur.toString(), line, before));
        before = separatorKind(text, i, sep);
        cur.setLength(0);
        i += sep - 1;
      } else {
        cur.append(c);
      }
    }
    out.add(new HeaderPart(cur.toString(), line, before));
    return out;
  }

  /** What kind of separator the {@code length} characters at {@code i} are. */
  private static Separator separatorKind(String s, int i, int length) {
    char c = s.charAt(i);
    if (length > 1 && c != ' ') {
      return Separator.DASH; // a leader
    }
    return switch (c) {
      case ',', '，' -> Separator.COMMA;
      case '@' -> Separator.AT;
      case ';', '；' -> Separator.SEMICOLON;
      case '/', '／' -> Separator.SLASH;
      case ' ' ->
          length == 4 ? Separator.AT : length == 3 ? Separator.DASH : Separator.BAR; // "  " gap
      default -> Separator.BAR;
    };
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
