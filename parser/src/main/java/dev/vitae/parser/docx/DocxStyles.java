package dev.vitae.parser.docx;

import static dev.vitae.parser.docx.Ooxml.findAttr;
import static dev.vitae.parser.docx.Ooxml.findIntVal;
import static dev.vitae.parser.docx.Ooxml.findOnOff;
import static dev.vitae.parser.docx.Ooxml.findVal;
import static dev.vitae.parser.docx.Ooxml.findW;
import static dev.vitae.parser.docx.Ooxml.isW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Resolves paragraph and run properties through WordprocessingML's inheritance: direct formatting,
 * then the character style chain, then the paragraph style chain, then the document defaults. Also
 * knows the numbering definitions. Built once per document; not thread-safe.
 */
final class DocxStyles {
  // Run text without any w:sz anywhere is 10 pt (ECMA-376 17.3.2.38).
  static final int DEFAULT_HALF_POINTS = 20;

  // Built-in style names as stored in files, and localized ones some producers write instead.
  private static final Pattern HEADING_NAME =
      Pattern.compile(
          "(?:heading|überschrift|titre|título|titulo|titolo|kop|rubrik|overskrift|otsikko"
              + "|nagłówek|заголовок|標題|标题|見出し|제목|naslov|nadpis|címsor|cabeçalho)\\s*([1-9])");
  private static final Pattern HEADING_ID = Pattern.compile("heading([1-9])");
  private static final Pattern TITLE_NAME =
      Pattern.compile("title|titel|titre|título|titulo|titolo|标题|標題|表題|заголовок|tytuł");

  // Bounds basedOn chains: a hostile styles part may loop or nest deeply.
  private static final int MAX_CHAIN = 16;

  private final Map<String, Element> stylesById = new HashMap<>();
  private final @Nullable Element defaultRunProps;
  private final @Nullable Element defaultParaProps;
  private final @Nullable String defaultParagraphStyle;
  private final Map<String, Element> abstractNums = new HashMap<>();
  private final Map<String, Element> nums = new HashMap<>();

  /**
   * @param styles the {@code w:styles} element, or null when the document has no styles part
   * @param numbering the {@code w:abstractNum} and {@code w:num} elements of the numbering part
   */
  DocxStyles(@Nullable Element styles, List<Element> numbering) {
    String defaultStyle = null;
    Element runDefaults = null;
    Element paraDefaults = null;
    if (styles != null) {
      for (Element e : Ooxml.children(styles)) {
        if (isW(e, "style")) {
          Optional<String> id = findAttr(e, "styleId");
          if (id.isPresent()) {
            stylesById.putIfAbsent(id.get(), e);
            boolean isDefault = findAttr(e, "default").map(DocxStyles::isTrue).orElse(false);
            if (isDefault && "paragraph".equals(findAttr(e, "type").orElse("paragraph"))) {
              defaultStyle = id.get();
            }
          }
        } else if (isW(e, "docDefaults")) {
          runDefaults = findW(e, "rPrDefault").flatMap(d -> findW(d, "rPr")).orElse(null);
          paraDefaults = findW(e, "pPrDefault").flatMap(d -> findW(d, "pPr")).orElse(null);
        }
      }
    }
    this.defaultParagraphStyle = defaultStyle;
    this.defaultRunProps = runDefaults;
    this.defaultParaProps = paraDefaults;
    for (Element e : numbering) {
      if (e != null) {
        if (isW(e, "abstractNum")) {
          findAttr(e, "abstractNumId").ifPresent(id -> abstractNums.putIfAbsent(id, e));
        } else if (isW(e, "num")) {
          findAttr(e, "numId").ifPresent(id -> nums.putIfAbsent(id, e));
        }
      }
    }
  }

  /** The paragraph's style id: its {@code w:pStyle}, else the default paragraph style. */
  Optional<String> paragraphStyle(@Nullable Element pPr) {
    Optional<String> id = pPr == null ? Optional.empty() : findVal(pPr, "pStyle");
    return id.isPresent() ? id : Optional.ofNullable(defaultParagraphStyle);
  }

  /**
   * The heading level 1-6 of a paragraph, 0 for body text: from its outline level, direct or from
   * its style chain, or from a heading or title style name.
   */
  int headingLevel(@Nullable Element pPr) {
    Optional<Integer> direct = pPr == null ? Optional.empty() : findIntVal(pPr, "outlineLvl");
    if (direct.isPresent()) {
      return outlineToHeading(direct.get());
    }
    for (Element style : chain(paragraphStyle(pPr))) {
      String name = findVal(style, "name").orElse("").strip().toLowerCase(Locale.ROOT);
      String id = findAttr(style, "styleId").orElse("").toLowerCase(Locale.ROOT);
      Matcher m = HEADING_NAME.matcher(name);
      if (m.matches()) {
        return Math.min(6, Integer.parseInt(m.group(1)));
      }
      Matcher byId = HEADING_ID.matcher(id);
      if (name.isEmpty() && byId.matches()) {
        return Math.min(6, Integer.parseInt(byId.group(1)));
      }
      if (TITLE_NAME.matcher(name).matches() || (name.isEmpty() && id.equals("title"))) {
        return 1;
      }
      Optional<Integer> outline = findW(style, "pPr").flatMap(p -> findIntVal(p, "outlineLvl"));
      if (outline.isPresent()) {
        return outlineToHeading(outline.get());
      }
    }
    return 0;
  }

  private static int outlineToHeading(int outlineLevel) {
    // Level 9 (and anything out of range) is body text.
    return outlineLevel >= 0 && outlineLevel <= 8 ? Math.min(6, outlineLevel + 1) : 0;
  }

  /**
   * The list level (0-based {@code ilvl}) of a numbered or bulleted paragraph, empty when it is not
   * a list item or its level shows no number or bullet.
   */
  Optional<Integer> listLevel(@Nullable Element pPr) {
    Optional<Element> numPr = pPr == null ? Optional.empty() : findW(pPr, "numPr");
    String numId = numPr.flatMap(n -> findVal(n, "numId")).orElse(null);
    Integer ilvl = numPr.flatMap(n -> findIntVal(n, "ilvl")).orElse(null);
    if (numId == null) {
      for (Element style : chain(paragraphStyle(pPr))) {
        Optional<Element> styleNum = findW(style, "pPr").flatMap(p -> findW(p, "numPr"));
        if (styleNum.isPresent() && findVal(styleNum.get(), "numId").isPresent()) {
          numId = findVal(styleNum.get(), "numId").get();
          if (ilvl == null) {
            ilvl = findIntVal(styleNum.get(), "ilvl").orElse(null);
          }
          break;
        }
      }
    }
    if (numId == null || numId.equals("0")) {
      return Optional.empty();
    }
    int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl));
    Optional<Element> lvl = findLevel(numId, level);
    if (lvl.isPresent()) {
      String format = findVal(lvl.get(), "numFmt").orElse("decimal");
      Optional<Element> text = findW(lvl.get(), "lvlText");
      boolean blankText = text.isPresent() && findAttr(text.get(), "val").orElse("").isBlank();
      if (format.equals("none") && blankText) {
        return Optional.empty();
      }
    } else if (!nums.containsKey(numId)) {
      return Optional.empty();
    }
    return Optional.of(level);
  }

  /** The left indent in twips that a list level sets, if it sets one. */
  Optional<Integer> listIndent(@Nullable Element pPr, int level) {
    Optional<Element> numPr = pPr == null ? Optional.empty() : findW(pPr, "numPr");
    Optional<String> numId = numPr.flatMap(n -> findVal(n, "numId"));
    if (numId.isEmpty()) {
      for (Element style : chain(paragraphStyle(pPr))) {
        numId =
            findW(style, "pPr").flatMap(p -> findW(p, "numPr")).flatMap(n -> findVal(n, "numId"));
        if (numId.isPresent()) {
          break;
        }
      }
    }
    return numId
        .flatMap(id -> findLevel(id, level))
        .flatMap(lvl -> findW(lvl, "pPr"))
        .flatMap(p -> findW(p, "ind"))
        .flatMap(DocxStyles::leftIndent);
  }

  private Optional<Element> findLevel(String numId, int level) {
    Element num = nums.get(numId);
    if (num == null) {
      return Optional.empty();
    }
    for (Element override : Ooxml.children(num)) {
      if (isW(override, "lvlOverride")
          && findAttr(override, "ilvl").flatMap(Ooxml::parseInt).orElse(-1) == level) {
        Optional<Element> lvl = findW(override, "lvl");
        if (lvl.isPresent()) {
          return lvl;
        }
      }
    }
    Element abstractNum = findVal(num, "abstractNumId").map(abstractNums::get).orElse(null);
    if (abstractNum == null) {
      return Optional.empty();
    }
    for (Element lvl : Ooxml.children(abstractNum)) {
      if (isW(lvl, "lvl") && findAttr(lvl, "ilvl").flatMap(Ooxml::parseInt).orElse(-1) == level) {
        return Optional.of(lvl);
      }
    }
    return Optional.empty();
  }

  /**
   * An attribute of a paragraph property element ({@code spacing/@after}, {@code ind/@left}):
   * direct formatting first, then the style chain, then the document defaults.
   */
  Optional<String> paragraphAttr(@Nullable Element pPr, String property, String attribute) {
    List<Element> sources = new ArrayList<>();
    if (pPr != null) {
      sources.add(pPr);
    }
    for (Element style : chain(paragraphStyle(pPr))) {
      findW(style, "pPr").ifPresent(sources::add);
    }
    if (defaultParaProps != null) {
      sources.add(defaultParaProps);
    }
    for (Element source : sources) {
      Optional<String> value = findW(source, property).flatMap(e -> findAttr(e, attribute));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the paragraph, or a style it inherits from, sets a right-aligned (or end-aligned) tab
   * stop: text after a tab then sits at the right margin, a cell of its own ("Title⇥2019 – 2021").
   */
  boolean hasRightTabStop(@Nullable Element pPr) {
    List<Element> sources = new ArrayList<>();
    if (pPr != null) {
      sources.add(pPr);
    }
    for (Element style : chain(paragraphStyle(pPr))) {
      findW(style, "pPr").ifPresent(sources::add);
    }
    for (Element source : sources) {
      Optional<Element> tabs = findW(source, "tabs");
      if (tabs.isEmpty()) {
        continue;
      }
      for (Element tab : Ooxml.children(tabs.get())) {
        String val = isW(tab, "tab") ? findAttr(tab, "val").orElse("") : "";
        if (val.equals("right") || val.equals("end")) {
          return true;
        }
      }
    }
    return false;
  }

  /** An on/off paragraph property ({@code contextualSpacing}) through the same chain. */
  boolean paragraphFlag(@Nullable Element pPr, String property) {
    if (pPr != null) {
      Optional<Boolean> direct = findOnOff(pPr, property);
      if (direct.isPresent()) {
        return direct.get();
      }
    }
    for (Element style : chain(paragraphStyle(pPr))) {
      Optional<Boolean> value = findW(style, "pPr").flatMap(p -> findOnOff(p, property));
      if (value.isPresent()) {
        return value.get();
      }
    }
    return defaultParaProps != null && findOnOff(defaultParaProps, property).orElse(false);
  }

  /** The run properties that apply to a run, most specific first. */
  List<Element> runSources(@Nullable Element rPr, Optional<String> paragraphStyle) {
    List<Element> sources = new ArrayList<>(6);
    if (rPr != null) {
      sources.add(rPr);
      for (Element style : chain(findVal(rPr, "rStyle"))) {
        findW(style, "rPr").ifPresent(sources::add);
      }
    }
    for (Element style : chain(paragraphStyle)) {
      findW(style, "rPr").ifPresent(sources::add);
    }
    if (defaultRunProps != null) {
      sources.add(defaultRunProps);
    }
    return sources;
  }

  /** An on/off run property ({@code b}, {@code vanish}) over {@link #runSources}. */
  static boolean runFlag(List<Element> sources, String property) {
    for (Element source : sources) {
      Optional<Boolean> value = findOnOff(source, property);
      if (value.isPresent()) {
        return value.get();
      }
    }
    return false;
  }

  /** The font size in half-points over {@link #runSources}. */
  static int runHalfPoints(List<Element> sources) {
    for (Element source : sources) {
      Optional<Integer> size = findIntVal(source, "sz");
      if (size.isPresent() && size.get() > 0 && size.get() <= 3276) {
        return size.get();
      }
    }
    return DEFAULT_HALF_POINTS;
  }

  /** The left (start) indent of a {@code w:ind} element, in twips. */
  static Optional<Integer> leftIndent(Element ind) {
    Optional<String> left = findAttr(ind, "left");
    if (left.isEmpty()) {
      left = findAttr(ind, "start");
    }
    return left.flatMap(Ooxml::parseInt);
  }

  // The style, then what it is based on, bounded and cycle-safe.
  private List<Element> chain(Optional<String> styleId) {
    List<Element> out = new ArrayList<>(4);
    String id = styleId.orElse(null);
    while (id != null && out.size() < MAX_CHAIN) {
      Element style = stylesById.get(id);
      if (style == null || out.contains(style)) {
        break;
      }
      out.add(style);
      id = findVal(style, "basedOn").orElse(null);
    }
    return out;
  }

  private static boolean isTrue(String value) {
    return value.equals("1") || value.equals("true") || value.equals("on");
  }
}
