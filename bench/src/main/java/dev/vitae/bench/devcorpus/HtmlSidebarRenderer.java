package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.html;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code html-sidebar}: a two-column HTML page laid out with CSS flexbox. An {@code <aside>}
 * sidebar (contact, skills, languages, interests) comes before {@code <main>} (the name in {@code
 * <h1>}, the summary, then work, education, projects and the rest); each entry's header row is a
 * flex row with the title and the right-aligned dates in separate {@code <span>}s.
 */
final class HtmlSidebarRenderer extends TextRenderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, " - ", "至今");
  private static final Set<Section> SIDEBAR =
      Set.of(Section.SKILLS, Section.LANGUAGES, Section.INTERESTS);

  private static final String CSS =
      """
      body { margin: 0; font-family: "Helvetica Neue", Arial, "Noto Sans CJK SC", sans-serif;
             font-size: 14px; line-height: 1.45; color: #222; }
      .page { display: flex; flex-direction: row; min-height: 100vh; }
      aside { flex: 0 0 30%; box-sizing: border-box; padding: 28px 22px;
              background: #2f3e4e; color: #f2f2f2; }
      aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .08em;
                 border-bottom: 1px solid #8da2b5; padding-bottom: 4px; margin: 22px 0 8px; }
      aside a { color: #f2f2f2; }
      aside ul { list-style: none; padding: 0; margin: 0; }
      aside li { margin-bottom: 4px; }
      aside h3 { font-size: 13px; margin: 8px 0 2px; }
      aside p { margin: 0 0 6px; }
      main { flex: 1; box-sizing: border-box; padding: 28px 32px; }
      h1 { margin: 0; font-size: 30px; }
      .label { font-size: 16px; color: #555; margin: 4px 0 16px; }
      main h2 { font-size: 18px; color: #2f3e4e; border-bottom: 2px solid #2f3e4e;
                margin: 22px 0 10px; }
      .entry { margin-bottom: 12px; }
      .entry-head { display: flex; justify-content: space-between; align-items: baseline; }
      .dates { color: #666; white-space: nowrap; margin-left: 12px; text-align: right; }
      .second { font-style: italic; }
      .place, .fact { color: #555; margin: 0; }
      main ul { margin: 4px 0 0; padding-left: 18px; }
      main p { margin: 4px 0; }
      """;

  @Override
  public String name() {
    return "html-sidebar";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 2);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(gold.chinese() ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(html(outline.header().name()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<div class=\"page\">\n<aside>\n");
    if (!outline.header().contacts().isEmpty()) {
      out.append("<section class=\"contact\">\n<h2>")
          .append(html(words.label(Label.CONTACT)))
          .append("</h2>\n<ul>\n");
      for (Contact contact : outline.header().contacts()) {
        out.append("<li>")
            .append(html(contact.label()))
            .append(html(words.colon()))
            .append(link(contact.text(), contact.href()))
            .append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    for (Part part : outline.parts()) {
      if (SIDEBAR.contains(part.section())) {
        sidebarPart(out, part, words);
      }
    }
    out.append("</aside>\n<main>\n<header>\n<h1>")
        .append(html(outline.header().name()))
        .append("</h1>\n");
    if (outline.header().label() != null) {
      out.append("<p class=\"label\">").append(html(outline.header().label())).append("</p>\n");
    }
    out.append("</header>\n");
    for (Part part : outline.parts()) {
      if (!SIDEBAR.contains(part.section())) {
        mainPart(out, part, words, dates);
      }
    }
    out.append("</main>\n</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void sidebarPart(StringBuilder out, Part part, Words words) {
    out.append("<section>\n<h2>").append(html(part.heading())).append("</h2>\n");
    if (part.section() == Section.LANGUAGES) {
      out.append("<ul>\n");
      for (Entry entry : part.entries()) {
        out.append("<li>")
            .append(html(Phrases.line(part.section(), entry, words)))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    } else {
      for (Entry entry : part.entries()) {
        if (!entry.title().isEmpty()) {
          out.append("<h3>").append(html(entry.title())).append("</h3>\n");
        }
        if (entry.value() != null) {
          out.append("<p>").append(html(entry.value())).append("</p>\n");
        }
      }
    }
    out.append("</section>\n");
  }

  private static void mainPart(StringBuilder out, Part part, Words words, DateFormat dates) {
    out.append("<section>\n<h2>").append(html(part.heading())).append("</h2>\n");
    if (part.prose() != null) {
      out.append("<p>").append(html(part.prose())).append("</p>\n");
    }
    for (Entry entry : part.entries()) {
      out.append("<article class=\"entry\">\n<div class=\"entry-head\"><span class=\"title\">");
      List<String> lead = Phrases.lead(part.section(), entry, false, words);
      if (!lead.isEmpty()) {
        out.append("<strong>").append(html(lead.get(0))).append("</strong>");
      }
      for (String rest : lead.subList(Math.min(1, lead.size()), lead.size())) {
        out.append(html(words.separator()))
            .append("<span class=\"second\">")
            .append(html(rest))
            .append("</span>");
      }
      out.append("</span>");
      String when = dates.format(entry.period());
      if (when != null) {
        out.append("<span class=\"dates\">").append(html(when)).append("</span>");
      }
      out.append("</div>\n");
      if (entry.place() != null) {
        out.append("<p class=\"place\">").append(html(entry.place())).append("</p>\n");
      }
      for (Fact fact : entry.facts()) {
        out.append("<p class=\"fact\">")
            .append(html(words.labelled(fact.label(), fact.value())))
            .append("</p>\n");
      }
      if (entry.url() != null) {
        out.append("<p>").append(link(entry.url(), entry.url())).append("</p>\n");
      }
      if (entry.value() != null) {
        out.append("<p>").append(html(entry.value())).append("</p>\n");
      }
      if (entry.text() != null) {
        out.append("<p>").append(html(entry.text())).append("</p>\n");
      }
      if (!entry.bullets().isEmpty()) {
        out.append("<ul>\n");
        for (String bullet : entry.bullets()) {
          out.append("<li>").append(html(bullet)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private static String link(String text, @Nullable String href) {
    return href == null ? html(text) : "<a href=\"" + html(href) + "\">" + html(text) + "</a>";
  }
}
