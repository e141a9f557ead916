package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.latex;
import static dev.vitae.bench.devcorpus.Escapes.latexUrl;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code latex-moderncv-classic}, {@code -casual} and {@code -banking}: a LaTeX source for the
 * moderncv class in one of its styles, for XeLaTeX. Entries are {@code
 * \cventry{dates}{title}{employer}{city}{}{description}} with the highlights in an {@code itemize};
 * skills and languages are {@code \cvitem}s and interests {@code \cvlistitem}s. Chinese golds load
 * xeCJK with Noto CJK SC. Icons are moderncv's letters, which need no font package.
 */
final class ModernCvRenderer extends TextRenderer {

  /** The moderncv styles rendered. */
  enum Style {
    CLASSIC(
        "blue",
        0,
        new DateFormat(DateStyle.MON_YEAR, "–", "Present"),
        new DateFormat(DateStyle.DOT, "–", "至今")),
    CASUAL(
        "orange",
        1,
        new DateFormat(DateStyle.SLASH, "–", "Current"),
        new DateFormat(DateStyle.CHINESE, "–", "至今")),
    BANKING(
        "black",
        2,
        new DateFormat(DateStyle.MONTH_YEAR, " – ", "Present"),
        new DateFormat(DateStyle.YEAR_SLASH, " – ", "至今"));

    private final String color;
    private final int variant;

    @SuppressWarnings("ImmutableEnumChecker") // a record of strings and an enum
    private final DateFormat english;

    @SuppressWarnings("ImmutableEnumChecker") // a record of strings and an enum
    private final DateFormat chinese;

    Style(String color, int variant, DateFormat english, DateFormat chinese) {
      this.color = color;
      this.variant = variant;
      this.english = english;
      this.chinese = chinese;
    }
  }

  // networks moderncv knows by name, and the host its link is built on
  private static final Map<String, String> SOCIAL =
      Map.of(
          "LinkedIn", "linkedin",
          "GitHub", "github",
          "GitLab", "gitlab",
          "Twitter", "twitter",
          "StackOverflow", "stackoverflow");

  private final Style style;

  ModernCvRenderer(Style style) {
    this.style = style;
  }

  @Override
  public String name() {
    return "latex-moderncv-" + style.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String extension() {
    return "tex";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, style.variant);
    DateFormat dates = gold.chinese() ? style.chinese : style.english;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append("\\documentclass[11pt,a4paper,sans]{moderncv}\n")
        .append("\\moderncvstyle[nosymbols]{")
        .append(style.name().toLowerCase(Locale.ROOT))
        .append("}\n\\moderncvcolor{")
        .append(style.color)
        .append("}\n\\usepackage[scale=0.8]{geometry}\n")
        .append("\\setlength{\\hintscolumnwidth}{3.4cm}\n");
    if (gold.chinese()) {
      out.append(Latex.CJK);
    }
    header(out, outline, words);
    out.append("\\begin{document}\n\\makecvtitle\n");
    for (Part part : outline.parts()) {
      out.append("\n\\section{").append(latex(part.heading())).append("}\n");
      if (part.prose() != null) {
        out.append("\\cvitem{}{").append(latex(part.prose())).append("}\n");
      }
      for (Entry entry : part.entries()) {
        switch (part.section()) {
          case SKILLS, LANGUAGES ->
              out.append("\\cvitem{")
                  .append(latex(entry.title()))
                  .append("}{")
                  .append(entry.value() == null ? "" : latex(entry.value()))
                  .append("}\n");
          case INTERESTS ->
              out.append("\\cvlistitem{")
                  .append(latex(Phrases.line(part.section(), entry, words)))
                  .append("}\n");
          default -> entry(out, entry, words, dates, style);
        }
      }
    }
    out.append("\n\\end{document}\n");
    return out.toString();
  }

  private static void header(StringBuilder out, Outline outline, Words words) {
    String name = outline.header().name();
    int space = name.lastIndexOf(' ');
    String first = words.chinese() || space < 0 ? name : name.substring(0, space);
    String last = words.chinese() || space < 0 ? "" : name.substring(space + 1);
    out.append("\\name{").append(latex(first)).append("}{").append(latex(last)).append("}\n");
    if (outline.header().label() != null) {
      out.append("\\title{").append(latex(outline.header().label())).append("}\n");
    }
    List<String> extra = new ArrayList<>();
    for (Contact contact : outline.header().contacts()) {
      switch (contact.kind()) {
        case EMAIL -> out.append("\\email{").append(latex(contact.text())).append("}\n");
        case PHONE -> out.append("\\phone[mobile]{").append(latex(contact.text())).append("}\n");
        case LOCATION -> out.append("\\address{").append(latex(contact.text())).append("}{}{}\n");
        case WEBSITE ->
            out.append("\\homepage{").append(latex(withoutScheme(contact.text()))).append("}\n");
        case PROFILE -> {
          String social = social(contact);
          if (social != null) {
            out.append(social);
          } else {
            extra.add(
                latex(contact.label() + words.colon()) + link(contact.text(), contact.href()));
          }
        }
      }
    }
    if (!extra.isEmpty()) {
      out.append("\\extrainfo{").append(String.join(" \\textbullet{} ", extra)).append("}\n");
    }
  }

  // \social[github][github.com/user]{user} for the networks moderncv has a symbol for
  private static @Nullable String social(Contact contact) {
    String network = null;
    for (Map.Entry<String, String> known : SOCIAL.entrySet()) {
      if (known.getKey().equals(contact.label())) {
        network = known.getValue();
      }
    }
    if (network == null || contact.href() == null) {
      return null;
    }
    return "\\social["
        + network
        + "]["
        + latexUrl(withoutScheme(contact.href()))
        + "]{"
        + latex(contact.text())
        + "}\n";
  }

  private static void entry(
      StringBuilder out, Entry entry, Words words, DateFormat dates, Style style) {
    String when = dates.format(entry.period());
    String org = entry.org();
    StringBuilder grade = new StringBuilder();
    int gradeWidth = 0;
    List<String> lines = new ArrayList<>();
    for (Fact fact : entry.facts()) {
      // moderncv's fifth argument is for a grade; the other facts go in the description
      if (fact.label() == Label.SCORE || fact.label() == Label.ROLES) {
        String labelled = words.labelled(fact.label(), fact.value());
        gradeWidth += PlainText.width(labelled) + 2;
        grade
            .append(grade.length() == 0 ? "" : ", ")
            .append("\\textit{")
            .append(latex(labelled))
            .append('}');
      } else {
        lines.add(latex(words.labelled(fact.label(), fact.value())));
      }
    }
    if (entry.url() != null) {
      lines.add(link(entry.url(), entry.url()));
    }
    if (entry.text() != null) {
      lines.add(latex(entry.text()));
    }
    StringBuilder description = new StringBuilder(String.join("\\newline{}", lines));
    if (!entry.bullets().isEmpty()) {
      description.append("%\n\\begin{itemize}\n");
      for (String bullet : entry.bullets()) {
        description.append("\\item ").append(latex(bullet)).append('\n');
      }
      description.append("\\end{itemize}");
    }
    String title = latex(entry.title());
    String employer = org == null ? "" : latex(org);
    // banking sets the title and grade in one unbreakable table cell beside the dates, and the
    // employer in one beside the place: a long one would run into them, so it gets a box that wraps
    if (style == Style.BANKING && PlainText.width(entry.title()) + gradeWidth > 60) {
      title = wrapping(title + (grade.length() == 0 ? "" : ", " + grade));
      grade.setLength(0);
    }
    if (style == Style.BANKING && org != null && PlainText.width(org) > 60) {
      employer = wrapping(employer);
    }
    out.append("\\cventry{")
        .append(when == null ? "" : latex(when))
        .append("}{")
        .append(title)
        .append("}{")
        .append(employer)
        .append("}{")
        .append(entry.place() == null ? "" : latex(entry.place()))
        .append("}{")
        .append(grade)
        .append("}{")
        .append(description)
        .append("}\n");
  }

  private static String wrapping(String latex) {
    return "\\parbox[t]{0.72\\maincolumnwidth}{\\raggedright " + latex + "}";
  }

  private static String link(String text, @Nullable String href) {
    return href == null ? latex(text) : "\\href{" + latexUrl(href) + "}{" + latex(text) + "}";
  }

  private static String withoutScheme(String url) {
    return url.replaceFirst("^https?://", "");
  }
}
