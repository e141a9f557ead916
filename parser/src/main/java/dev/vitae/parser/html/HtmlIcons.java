package dev.vitae.parser.html;

import dev.vitae.parser.Cue;
import dev.vitae.parser.internal.IconCues;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Icons in HTML: icon-font elements ({@code <i class="fa fa-envelope">}, {@code bi-geo-alt}, {@code
 * mdi-email}, Material ligatures), inline SVG with a title or label, and images whose alt text
 * names an icon. Stateless.
 */
final class HtmlIcons {
  // Class names of icon sets: Font Awesome, Bootstrap, Material Design, Academicons, Themify,
  // Line Awesome, Ionicons, Octicons, Glyphicons, Iconify and "icon-*" conventions.
  private static final Pattern ICON_CLASS =
      Pattern.compile(
          "(?i)(fa[bdlrs]?|fa-.+|bi|bi-.+|mdi|mdi-.+|ai|ai-.+|ti|ti-.+|la[bsr]?|la-.+|ion-.+"
              + "|octicon.*|glyphicon.*|icon|icons?-.+|.+-icon|iconify|material-(icons|symbols).*)");
  private static final Pattern MATERIAL = Pattern.compile("(?i).*material-(icons|symbols).*");
  private static final int MAX_ALT_WORDS = 3;

  private HtmlIcons() {}

  /**
   * Whether {@code e} is an icon, and if so what it means: empty when it is not an icon, {@link
   * IconCues#UNKNOWN} for an icon that means none of the {@link Cue.Kind}s, else the marker of its
   * kind.
   */
  static Optional<Character> markerOf(Element e) {
    String tag = e.normalName();
    String labels = e.attr("aria-label") + " " + e.attr("title") + " " + e.attr("data-icon");
    switch (tag) {
      case "svg" -> {
        Element title = e.selectFirst("title");
        Element use = e.selectFirst("use");
        String name =
            labels
                + " "
                + e.className()
                + " "
                + (title == null ? "" : title.text())
                + " "
                + (use == null ? "" : use.attr("href") + " " + use.attr("xlink:href"));
        return Optional.of(IconCues.markerOrUnknown(IconCues.ofName(name)));
      }
      case "img" -> {
        String alt = e.attr("alt").strip();
        String name = alt + " " + labels;
        Cue.@Nullable Kind kind =
            alt.split("\\s+").length <= MAX_ALT_WORDS ? IconCues.ofName(name) : null;
        return kind == null ? Optional.empty() : Optional.of(IconCues.marker(kind));
      }
      case "i", "span", "em" -> {
        if (!hasIconClass(e)) {
          return Optional.empty();
        }
        String text = e.text().strip();
        if (MATERIAL.matcher(e.className()).matches()) {
          // Material icons are ligatures: the element's text is the icon's name ("email").
          return Optional.of(IconCues.markerOrUnknown(IconCues.ofName(text + " " + labels)));
        }
        if (!text.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(IconCues.markerOrUnknown(IconCues.ofName(e.className() + " " + labels)));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static boolean hasIconClass(Element e) {
    for (String name : e.classNames()) {
      if (ICON_CLASS.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }
}
