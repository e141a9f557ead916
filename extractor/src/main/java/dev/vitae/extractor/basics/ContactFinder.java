package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.basics.Fields.Field;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.normalize.Networks;
import dev.vitae.extractor.normalize.Networks.Network;
import dev.vitae.extractor.normalize.Phones;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Cue;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Email, phone, personal URL and profiles. Everything in the basics area counts; elsewhere only
 * contact lines do (a footer "a@b.c • (919) 473-3145"), so that project links and employer sites
 * never become contacts.
 */
final class ContactFinder {
  private static final Pattern PHONE_AS_WRITTEN =
      Pattern.compile("[+(（\\d][\\d\\s()（）*xX+.\\-]{5,30}");
  private static final Pattern NOT_PHONE_LABEL =
      Pattern.compile(
          "(?i).*(qq|\\bid\\b|身份证|学号|工号|birth|出生|生日|年龄|\\bage\\b|gpa|邮编|postal|zip|微信|wechat|fax|传真).*");
  private static final Pattern TEL_PREFIX = Pattern.compile("(?i)^tel:");
  private static final Pattern NOT_PHONE_CHARS = Pattern.compile("[^0-9*xX]");
  private static final Pattern SCHEME_PREFIX = Pattern.compile("^[a-z]+://");
  private static final Pattern WWW_PREFIX = Pattern.compile("^www\\.");
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
  private static final int MAX_CONTACT_REST = 3;
  // A user name after a network's icon: one token, "@" allowed in front.
  private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}_.\\-]{1,64}");

  private final @Nullable String region;
  private @Nullable Drafted<String> email;
  private @Nullable Drafted<String> phone;
  private @Nullable Drafted<String> url;
  private final List<Drafted<Profile>> profiles = new ArrayList<>();

  private ContactFinder(@Nullable String region) {
    this.region = region;
  }

  /** What was found, each value absent when not found. */
  record Contacts(
      Optional<Drafted<String>> email,
      Optional<Drafted<String>> phone,
      Optional<Drafted<String>> url,
      List<Drafted<Profile>> profiles) {}

  static Contacts find(Scope scope, @Nullable String region) {
    ContactFinder finder = new ContactFinder(region);
    for (Line line : scope.area) {
      finder.scan(line, scope.contactLines.isContactLine(line.text()));
    }
    for (Line line : scope.outside) {
      if (scope.contactLines.isContactFooter(line.text())) {
        finder.scan(line, true);
      }
    }
    return new Contacts(
        Optional.ofNullable(finder.email),
        Optional.ofNullable(finder.phone),
        Optional.ofNullable(finder.url),
        List.copyOf(finder.profiles));
  }

  /**
   * Whether a line holds contacts and little else: after taking out emails, URLs, phone numbers,
   * labels and separators, at most three words remain.
   */
  static boolean isContactLine(String text) {
    String rest = text;
    boolean found = false;
    Matcher email = Prose.EMAIL.matcher(rest);
    if (email.find()) {
      found = true;
      rest = email.replaceAll(" ");
    }
    for (String token : Prose.urlTokens(rest)) {
      found = true;
      rest = rest.replace(token, " ");
    }
    for (Phones.Found number : Phones.find(rest, null)) {
      found = true;
      rest = rest.replace(number.raw(), " ");
    }
    for (Field field : Fields.parse(text)) {
      boolean contactLabel =
          field.key() == FieldKey.EMAIL
              || field.key() == FieldKey.PHONE
              || field.key() == FieldKey.WEBSITE
              || field.key() == FieldKey.BLOG
              || Networks.findNetwork(field.label()).isPresent();
      if (contactLabel && !field.value().isEmpty()) {
        found = true;
        rest = rest.replace(field.label(), " ").replace(field.value(), " ");
      }
    }
    if (!found) {
      return false;
    }
    rest = rest.replace(':', ' ').replace('：', ' ');
    return Prose.weight(rest) <= MAX_CONTACT_REST;
  }

  /**
   * Whether a line outside the basics area is a contact line that holds an email or a phone: a lone
   * link there is more often a project than the person's site.
   */
  static boolean isContactFooter(String text, ContactLines lines) {
    // The cheap test first: most lines outside the basics hold neither an email nor a phone.
    return ((text.indexOf('@') >= 0 && Prose.EMAIL.matcher(text).find())
            || !Phones.find(text, null).isEmpty())
        && lines.isContactLine(text);
  }

  private void scan(Line line, boolean contactLike) {
    String text = line.text();
    List<Field> fields = Fields.parse(text);
    List<CuedTexts.Cued> cued = CuedTexts.of(line);
    findEmail(line);
    findProfiles(line, fields, cued);
    findPhone(line, fields, cued);
    findUrl(line, fields, contactLike, cued);
  }

  private void findEmail(Line line) {
    if (email != null) {
      return;
    }
    Matcher m = Prose.EMAIL.matcher(line.text());
    if (m.find()) {
      email = Drafted.at(m.group().toLowerCase(Locale.ROOT), line.index());
      return;
    }
    for (Link link : line.links()) {
      if (link.url().regionMatches(true, 0, "mailto:", 0, 7)) {
        Matcher inLink = Prose.EMAIL.matcher(link.url());
        if (inLink.find()) {
          email = Drafted.at(inLink.group().toLowerCase(Locale.ROOT), line.index());
          return;
        }
      }
    }
  }

  private void findProfiles(Line line, List<Field> fields, List<CuedTexts.Cued> cued) {
    // A network's icon before a bare user name ("[GitHub icon] janedoe") labels it as a field
    // would.
    for (CuedTexts.Cued c : cued) {
      Network network = networkOf(c.kind());
      if (network == null) {
        continue;
      }
      Optional<Profile> profile =
          linkWithin(line, c.text()).flatMap(l -> Networks.fromHandle(network, l.url()));
      if (profile.isEmpty() && (Networks.looksLikeUrl(c.text()) || isHandle(c.text()))) {
        profile = Networks.fromHandle(network, c.text());
      }
      profile.ifPresent(p -> addProfile(p, line));
    }
    for (Link link : line.links()) {
      Networks.fromUrl(link.url()).ifPresent(p -> addProfile(p, line));
    }
    for (String token : Prose.urlTokens(line.text())) {
      Networks.fromUrl(token).ifPresent(p -> addProfile(p, line));
    }
    for (Field field : fields) {
      Optional<Network> network = Networks.findNetwork(field.label());
      if (network.isEmpty() || field.value().isEmpty()) {
        continue;
      }
      Optional<Profile> profile = Optional.empty();
      for (Link link : line.links()) {
        if (!link.text().isBlank() && field.value().contains(link.text())) {
          profile = Networks.fromHandle(network.get(), link.url());
          if (profile.isPresent()) {
            break;
          }
        }
      }
      if (profile.isEmpty()) {
        profile = Networks.fromHandle(network.get(), field.value());
      }
      profile.ifPresent(p -> addProfile(p, line));
    }
    Optional<String> decoded = Networks.decodeShellBase64(line.text());
    if (decoded.isPresent()) {
      int command = line.text().indexOf("echo");
      Networks.findLastMention(line.text().substring(0, Math.max(command, 0)))
          .flatMap(n -> Networks.fromHandle(n, decoded.get()))
          .ifPresent(p -> addProfile(p, line));
    }
  }

  private void findPhone(Line line, List<Field> fields, List<CuedTexts.Cued> cued) {
    if (phone != null) {
      return;
    }
    for (CuedTexts.Cued c : cued) {
      // A telephone icon labels a number as "Tel:" does.
      if (c.kind() == Cue.Kind.PHONE || c.kind() == Cue.Kind.MOBILE) {
        String number = labelledPhone(c.text());
        if (number != null) {
          phone = Drafted.at(number, line.index());
          return;
        }
      }
    }
    for (Field field : fields) {
      if (field.key() != FieldKey.PHONE || field.value().isEmpty()) {
        continue;
      }
      String number = labelledPhone(field.value());
      if (number != null) {
        phone = Drafted.at(number, line.index());
        return;
      }
    }
    String searchable = blankNonPhones(line.text(), fields);
    List<Phones.Found> numbers = Phones.find(searchable, region);
    if (!numbers.isEmpty()) {
      phone = Drafted.at(numbers.get(0).e164(), line.index());
    }
  }

  // A number given a phone label or icon: E.164 when it parses, else as written (contract).
  private @Nullable String labelledPhone(String value) {
    List<Phones.Found> numbers = Phones.find(value, region);
    if (!numbers.isEmpty()) {
      return numbers.get(0).e164();
    }
    Matcher written = PHONE_AS_WRITTEN.matcher(TEL_PREFIX.matcher(value).replaceFirst(""));
    if (written.find() && NOT_PHONE_CHARS.matcher(written.group()).replaceAll("").length() >= 6) {
      return Phones.normalize(written.group(), region);
    }
    return null;
  }

  // QQ numbers, IDs, birth dates and URLs must not be read as phones.
  private static String blankNonPhones(String text, List<Field> fields) {
    char[] chars = text.toCharArray();
    for (Field field : fields) {
      boolean keep =
          field.key() == FieldKey.PHONE
              || (field.key() == FieldKey.OTHER
                  && !NOT_PHONE_LABEL.matcher(field.label()).matches()
                  && Networks.findNetwork(field.label()).isEmpty());
      if (!keep) {
        int end = Math.min(chars.length, field.valueStart() + field.value().length() + 1);
        for (int i = field.valueStart(); i < end; i++) {
          chars[i] = ' ';
        }
      }
    }
    String blanked = new String(chars);
    blanked = Prose.EMAIL.matcher(blanked).replaceAll(m -> " ".repeat(m.group().length()));
    for (String token : Prose.urlTokens(blanked)) {
      blanked = blanked.replace(token, " ".repeat(token.length()));
    }
    return blanked;
  }

  private void findUrl(
      Line line, List<Field> fields, boolean contactLike, List<CuedTexts.Cued> cued) {
    for (CuedTexts.Cued c : cued) {
      // A globe or link icon before a bare domain ("jane.dev") makes it the person's site.
      if (c.kind() != Cue.Kind.WEB) {
        continue;
      }
      String target =
          linkWithin(line, c.text())
              .map(Link::url)
              .orElse(Networks.looksLikeUrl(c.text()) ? Networks.withScheme(c.text()) : null);
      if (target == null) {
        continue;
      }
      Optional<Profile> network = Networks.fromUrl(target);
      if (network.isPresent()) {
        addProfile(network.get(), line);
      } else if (isPersonalSiteCandidate(target)) {
        offerSite(target, false, null, line);
      }
    }
    for (Field field : fields) {
      if (field.key() != FieldKey.WEBSITE && field.key() != FieldKey.BLOG) {
        continue;
      }
      Optional<Link> link =
          line.links().stream()
              .filter(l -> !l.text().isBlank() && field.value().contains(l.text()))
              .findFirst();
      Optional<String> target =
          link.map(Link::url)
              .or(
                  () ->
                      Prose.urlTokens(field.value()).stream()
                          .findFirst()
                          .map(Networks::withScheme));
      if (target.isEmpty() || Networks.isNetworkUrl(target.get())) {
        continue;
      }
      String linkText = link.map(Link::text).map(Texts::clean).orElse(null);
      offerSite(target.get(), field.key() == FieldKey.BLOG, linkText, line);
    }
    for (Link link : line.links()) {
      String target = link.url();
      boolean labelled =
          Networks.isBlogLabel(link.text())
              || FieldKey.of(link.text()).orElse(null) == FieldKey.WEBSITE;
      boolean shown = contactLike && (labelled || Networks.looksLikeUrl(link.text()));
      if (isPersonalSiteCandidate(target) && (shown || Networks.isBlogLabel(link.text()))) {
        offerSite(target, Networks.isBlogLabel(link.text()), null, line);
      }
    }
    if (contactLike) {
      for (String token : Prose.urlTokens(line.text())) {
        if (isPersonalSiteCandidate(token) && !coveredByLink(line, token)) {
          offerSite(Networks.withScheme(token), false, null, line);
        }
      }
    }
  }

  // The first link on the line whose text lies within a cued text.
  private static Optional<Link> linkWithin(Line line, String text) {
    return line.links().stream()
        .filter(l -> !l.text().isBlank() && text.contains(l.text()))
        .findFirst();
  }

  private static boolean isHandle(String text) {
    return HANDLE.matcher(text).matches();
  }

  private static @Nullable Network networkOf(Cue.Kind kind) {
    return switch (kind) {
      case GITHUB -> Network.GITHUB;
      case GITLAB -> Network.GITLAB;
      case LINKEDIN -> Network.LINKEDIN;
      case TWITTER -> Network.TWITTER;
      case STACKOVERFLOW -> Network.STACKOVERFLOW;
      case WECHAT -> Network.WECHAT;
      default -> null;
    };
  }

  private static boolean coveredByLink(Line line, String token) {
    return line.links().stream().anyMatch(l -> l.text().contains(token) || l.url().contains(token));
  }

  private static boolean isPersonalSiteCandidate(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return !lower.startsWith("mailto:")
        && !lower.startsWith("tel:")
        && !Networks.isNetworkUrl(target)
        && Networks.looksLikeUrl(target);
  }

  // The first personal site is basics.url; a later one labelled as a blog is a Blog profile.
  private void offerSite(String link, boolean blog, @Nullable String linkText, Line line) {
    // A PDF's link may point to "example.com": the schema wants a URI.
    String target = Networks.withScheme(link);
    if (url == null) {
      url = Drafted.at(target, line.index());
      return;
    }
    if (blog && !sameSite(url.value(), target)) {
      String username = linkText == null || Networks.looksLikeUrl(linkText) ? null : linkText;
      addProfile(new Profile(Networks.BLOG, username, target), line);
    }
  }

  private static boolean sameSite(String a, String b) {
    return strip(a).equals(strip(b));
  }

  private static String strip(String u) {
    String s = SCHEME_PREFIX.matcher(u.toLowerCase(Locale.ROOT)).replaceFirst("");
    return TRAILING_SLASHES.matcher(WWW_PREFIX.matcher(s).replaceFirst("")).replaceFirst("");
  }

  private void addProfile(Profile profile, Line line) {
    for (int i = 0; i < profiles.size(); i++) {
      Profile known = profiles.get(i).value();
      if (sameAccount(known, profile)) {
        if (known.url() == null && profile.url() != null) {
          profiles.set(
              i,
              new Drafted<>(
                  new Profile(known.network(), known.username(), profile.url()),
                  profiles.get(i).firstLine(),
                  profiles.get(i).lastLine()));
        }
        return;
      }
    }
    profiles.add(Drafted.at(profile, line.index()));
  }

  private static boolean sameAccount(Profile a, Profile b) {
    if (!a.network().equals(b.network())) {
      return false;
    }
    if (a.username() != null && b.username() != null) {
      return a.username().equalsIgnoreCase(b.username());
    }
    return a.url() != null && b.url() != null && sameSite(a.url(), b.url());
  }
}
