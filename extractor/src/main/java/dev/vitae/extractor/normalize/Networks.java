package dev.vitae.extractor.normalize;

import dev.vitae.extractor.model.Profile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Profile URLs and labelled handles to {@link Profile}s with the contract's canonical network
 * names. A URL is a profile only when it points at an account ({@code github.com/Hz89}), not at
 * something the account owns ({@code github.com/Hz89/repo}), so that project links do not become
 * profiles.
 */
public final class Networks {
  /** Canonical name of a personal blog given by a label; it has no host of its own. */
  public static final String BLOG = "Blog";

  private static final Pattern SHELL_BASE64 =
      Pattern.compile(
          "echo\\s+(?:-[neE]+\\s+)*(['\"]?)([A-Za-z0-9+/=_-]{4,400})\\1\\s*\\|\\s*base64\\s+(?:-d|-D|--decode)\\b");
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");
  private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  private static final Pattern BARE_URL =
      Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:[/?#].*)?");
  private static final Pattern LABEL_SEPARATORS = Pattern.compile("[\\s:：/_\\-]+");
  private static final Pattern PROFILE_PATH_PREFIX =
      Pattern.compile("^[/\\s]*(?:in/|u/|users/|people/)?");
  private static final Pattern LEADING_AT = Pattern.compile("^@");

  private Networks() {}

  /** The networks this class knows, each with its hosts, its profile path and its label words. */
  public enum Network {
    GITHUB("GitHub", List.of("github.com"), "/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?", "github"),
    LINKEDIN(
        "LinkedIn", List.of("linkedin.com"), "/(?:in|pub)/([^/?#]+)(?:/.*)?", "linkedin", "领英"),
    GITLAB("GitLab", List.of("gitlab.com"), "/([A-Za-z0-9_.-]+)/?", "gitlab"),
    TWITTER(
        "Twitter",
        List.of("twitter.com", "x.com"),
        "/@?([A-Za-z0-9_]{1,15})/?",
        "twitter",
        "x",
        "推特"),
    STACKOVERFLOW(
        "StackOverflow",
        List.of("stackoverflow.com"),
        "/users/(?:\\d+/)?([^/?#]+)/?",
        "stackoverflow",
        "stack overflow"),
    MEDIUM("Medium", List.of("medium.com"), "/@([^/?#]+)/?", "medium"),
    WECHAT("WeChat", List.of(), null, "wechat", "weixin", "微信", "微信号", "wx"),
    ZHIHU("Zhihu", List.of("zhihu.com"), "/people/([^/?#]+)/?", "zhihu", "知乎"),
    WEIBO("Weibo", List.of("weibo.com", "weibo.cn"), "/(?:u/)?([^/?#]+)/?", "weibo", "微博"),
    CSDN("CSDN", List.of("blog.csdn.net", "csdn.net"), "/([^/?#]+)/?", "csdn"),
    JUEJIN("Juejin", List.of("juejin.cn", "juejin.im"), "/user/([^/?#]+)/?", "juejin", "掘金"),
    KAGGLE("Kaggle", List.of("kaggle.com"), "/([^/?#]+)/?", "kaggle"),
    LEETCODE(
        "LeetCode",
        List.of("leetcode.com", "leetcode.cn"),
        "/(?:u/)?([^/?#]+)/?",
        "leetcode",
        "力扣"),
    BITBUCKET("Bitbucket", List.of("bitbucket.org"), "/([^/?#]+)/?", "bitbucket"),
    DRIBBBLE("Dribbble", List.of("dribbble.com"), "/([^/?#]+)/?", "dribbble"),
    BEHANCE("Behance", List.of("behance.net"), "/([^/?#]+)/?", "behance"),
    YOUTUBE(
        "YouTube", List.of("youtube.com"), "/(?:user/|c/|channel/|@)([^/?#]+)/?", "youtube", "油管"),
    FACEBOOK(
        "Facebook",
        List.of("facebook.com", "fb.com", "fb.co", "fb.me"),
        "/([^/?#]+)/?",
        "facebook"),
    QUORA("Quora", List.of("quora.com"), "/(?:profile/)?([^/?#]+)/?", "quora"),
    GITEE("Gitee", List.of("gitee.com"), "/([^/?#]+)/?", "gitee", "码云"),
    INSTAGRAM("Instagram", List.of("instagram.com"), "/([^/?#]+)/?", "instagram");

    private final String canonical;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<String> hosts;

    private final @Nullable Pattern profilePath;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<String> labels;

    Network(String canonical, List<String> hosts, @Nullable String profilePath, String... labels) {
      this.canonical = canonical;
      this.hosts = List.copyOf(hosts);
      this.profilePath = profilePath == null ? null : Pattern.compile(profilePath);
      this.labels = List.of(labels);
    }

    /** The contract's name of this network ("GitHub", "WeChat"). */
    public String canonical() {
      return canonical;
    }

    boolean ownsHost(String host) {
      for (String h : hosts) {
        if (host.equals(h) || host.endsWith("." + h)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The network a label names ("Github", "微信号", "QQ/微信"), or empty. Null gives empty. A label
   * naming a blog is not a network here: see {@link #isBlogLabel}.
   */
  public static Optional<Network> findNetwork(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = LABEL_SEPARATORS.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (key.isEmpty() || key.length() > 30) {
      return Optional.empty();
    }
    for (Network network : Network.values()) {
      for (String word : network.labels) {
        if (key.equals(word) || containsWord(key, word)) {
          return Optional.of(network);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The network named last in running text ("add my WeChat …"), or empty. Only label words of three
   * or more letters, or Chinese ones, count. Null gives empty.
   */
  public static Optional<Network> findLastMention(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Network best = null;
    int bestAt = -1;
    for (Network network : Network.values()) {
      for (String word : network.labels) {
        boolean han = word.codePoints().anyMatch(Scripts::isHan);
        if (!han && word.length() < 3) {
          continue;
        }
        int at = lastWordAt(lower, word, !han);
        if (at > bestAt) {
          bestAt = at;
          best = network;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a label names a blog ("Blog", "Tech blog", "博客", "技术博客"). */
  public static boolean isBlogLabel(String label) {
    if (label == null) {
      return false;
    }
    String key = label.toLowerCase(Locale.ROOT);
    return key.contains("博客") || containsWord(key, "blog");
  }

  /**
   * The profile a URL points at, with the URL as given, or empty when the URL is not an account
   * page of a known network. A URL without a scheme ({@code github.com/Hz89}) is read as https.
   * Never throws on malformed input.
   */
  public static Optional<Profile> fromUrl(String url) {
    return host(url)
        .flatMap(
            host -> {
              Optional<Network> network = networkOfHost(host);
              if (network.isEmpty()) {
                return Optional.empty();
              }
              String path = path(url);
              Network n = network.get();
              if (n == Network.MEDIUM
                  && host.endsWith(".medium.com")
                  && (path.isEmpty() || path.equals("/"))) {
                return Optional.of(
                    new Profile(
                        n.canonical, host.substring(0, host.indexOf('.')), withScheme(url)));
              }
              Matcher m = Objects.requireNonNull(n.profilePath).matcher(path);
              if (!m.matches()) {
                return Optional.empty();
              }
              return username(m.group(1))
                  .map(user -> new Profile(n.canonical, user, withScheme(url)));
            });
  }

  /**
   * Whether a URL's host belongs to a known network (a profile, a repository or any other page of
   * it), so that it is not taken for a personal site. Never throws.
   */
  public static boolean isNetworkUrl(String url) {
    return host(url).flatMap(Networks::networkOfHost).isPresent();
  }

  /**
   * The profile a labelled handle gives ({@code GitHub: hz89}, {@code 微信：abc}, {@code Twitter:
   * @abc}, {@code LinkedIn: /in/abc}, a URL, or a shell command that decodes base64), or empty when
   * the value is not one handle. The profile has a url only when the value was a URL.
   */
  public static Optional<Profile> fromHandle(Network network, String value) {
    if (network == null || value == null) {
      return Optional.empty();
    }
    String text = Texts.clean(value);
    Optional<String> decoded = decodeShellBase64(text);
    if (decoded.isPresent()) {
      text = decoded.get();
    }
    if (looksLikeUrl(text)) {
      Optional<Profile> fromUrl = fromUrl(text);
      if (fromUrl.isPresent() && fromUrl.get().network().equals(network.canonical)) {
        return fromUrl;
      }
      Optional<String> host = host(text);
      if (host.isPresent() && network.ownsHost(host.get())) {
        String[] segments = path(text).split("/");
        for (String segment : segments) {
          if (!segment.isEmpty()) {
            return username(segment)
                .map(u -> new Profile(network.canonical, u, withScheme(value.strip())));
          }
        }
      }
      return Optional.empty();
    }
    String handle =
        LEADING_AT.matcher(PROFILE_PATH_PREFIX.matcher(text).replaceFirst("")).replaceFirst("");
    int space = handle.indexOf(' ');
    if (space > 0) {
      handle = handle.substring(0, space);
    }
    return username(handle).map(u -> new Profile(network.canonical, u, null));
  }

  /**
   * The text a shell command such as {@code echo -n 'eGll…' | base64 -d} prints, or empty when
   * {@code text} holds no such command or its payload is not printable UTF-8.
   */
  public static Optional<String> decodeShellBase64(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SHELL_BASE64.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      String payload = m.group(2);
      bytes =
          payload.indexOf('-') >= 0 || payload.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(payload)
              : Base64.getDecoder().decode(payload);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString()
              .strip();
      if (decoded.isEmpty() || decoded.codePoints().anyMatch(Character::isISOControl)) {
        return Optional.empty();
      }
      return Optional.of(decoded);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} is a URL, with or without scheme ({@code example.com/x}). */
  public static boolean looksLikeUrl(String text) {
    return text != null
        && !text.contains("@")
        && !text.contains(" ")
        && (HAS_SCHEME.matcher(text).matches() || BARE_URL.matcher(text).matches());
  }

  /** {@code url} with {@code https://} added when it has no scheme. */
  public static String withScheme(String url) {
    return HAS_SCHEME.matcher(url).matches() ? url : "https://" + url;
  }

  private static Optional<Network> networkOfHost(String host) {
    for (Network network : Network.values()) {
      if (network.ownsHost(host)) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> host(String url) {
    if (url == null || url.isBlank() || url.length() > 2000) {
      return Optional.empty();
    }
    try {
      String host = new URI(withScheme(url.strip())).getHost();
      if (host == null) {
        return Optional.empty();
      }
      String lower = host.toLowerCase(Locale.ROOT);
      return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String path(String url) {
    try {
      String path = new URI(withScheme(url.strip())).getRawPath();
      return path == null ? "" : path;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  private static Optional<String> username(String raw) {
    String user = raw.strip();
    if (user.startsWith("@")) {
      user = user.substring(1);
    }
    return HANDLE.matcher(user).matches() ? Optional.of(user) : Optional.empty();
  }

  private static boolean containsWord(String text, String word) {
    if (word.codePoints().anyMatch(Scripts::isHan)) {
      return text.contains(word);
    }
    if (word.length() < 3) {
      return false;
    }
    return lastWordAt(text, word, true) >= 0;
  }

  // Start of the last match find() gives for "(?<![a-z])word(?![a-z])" (bounded) or the bare word;
  // -1 if none.
  static int lastWordAt(String text, String word, boolean bounded) {
    if (word.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    int last = -1;
    int at = text.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      if (!bounded || (!isLowerAscii(text, at - 1) && !isLowerAscii(text, end))) {
        last = at;
        // find() goes on after the end of a match: matches never overlap.
        at = text.indexOf(word, end);
      } else {
        at = text.indexOf(word, at + 1);
      }
    }
    return last;
  }

  private static boolean isLowerAscii(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z';
  }
}
