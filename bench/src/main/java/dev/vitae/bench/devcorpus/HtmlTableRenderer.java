package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.html;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.ContactKind;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code html-table}: HTML laid out with one {@code <table>}, like a page saved from an old word
 * processor: a centred header row, a row per section heading, and a row per entry with the dates in
 * the left cell and the title, employer, text and bullets in the right cell; {@code <font>} and
 * {@code <b>} instead of CSS.
 */
final class HtmlTableRenderer extends TextRenderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MONTH_YEAR, " - ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.YEAR_SLASH, " - ", "至今");

  @Override
  public String name() {
    return "html-table";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 3);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.NATIONAL);
    StringBuilder out = new StringBuilder();
    out.append(
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>")
        .append(html(outline.header().name()))
        .append("</title>\n</head>\n<body bgcolor=\"#FFFFFF\">\n")
        .append("<table width=\"680\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\"")
        .append(" align=\"center\">\n");
    out.append("<tr><td colspan=\"2\" align=\"center\"><font size=\"5\"><b>")
        .append(html(outline.header().name()))
        .append("</b></font>");
    if (outline.header().label() != null) {
      out.append("<br>\n<font size=\"3\">")
          .append(html(outline.header().label()))
          .append("</font>");
    }
    List<String> contacts = new ArrayList<>();
    for (Contact contact : outline.header().contacts()) {
      String text = html(contact.text());
      if (contact.href() != null) {
        text = "<a href=\"" + html(contact.href()) + "\">" + text + "</a>";
      }
      contacts.add(
          contact.kind() == ContactKind.PROFILE
              ? html(contact.label() + words.colon()) + text
              : text);
    }
    if (!contacts.isEmpty()) {
      out.append("<br>\n<font size=\"2\">")
          .append(String.join(" &nbsp;|&nbsp; ", contacts))
          .append("</font>");
    }
    out.append("</td></tr>\n");
    for (Part part : outline.parts()) {
      out.append("<tr><td colspan=\"2\"><hr size=\"1\" noshade><font size=\"4\"><b>")
          .append(html(part.heading()))
          .append("</b></font></td></tr>\n");
      if (part.prose() != null) {
        out.append("<tr><td colspan=\"2\">").append(html(part.prose())).append("</td></tr>\n");
      }
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          out.append("<tr><td width=\"170\" valign=\"top\"><b>")
              .append(html(entry.title()))
              .append("</b></td><td valign=\"top\">")
              .append(entry.value() == null ? "&nbsp;" : html(entry.value()))
              .append("</td></tr>\n");
        } else {
          entry(out, part.section(), entry, words, dates);
        }
      }
    }
    out.append("</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void entry(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    String when = dates.format(entry.period());
    out.append("<tr><td width=\"170\" valign=\"top\"><font size=\"2\">")
        .append(when == null ? "&nbsp;" : html(when))
        .append("</font></td>\n<td valign=\"top\">");
    List<String> lead = Phrases.lead(section, entry, false, words);
    if (!lead.isEmpty()) {
      out.append("<b>").append(html(lead.get(0))).append("</b>");
    }
    List<String> second = new ArrayList<>();
    for (String rest : lead.subList(Math.min(1, lead.size()), lead.size())) {
      second.add("<i>" + html(rest) + "</i>");
    }
    if (entry.place() != null) {
      second.add(html(entry.place()));
    }
    if (!second.isEmpty()) {
      out.append("<br>\n").append(String.join(html(words.separator()), second));
    }
    for (Fact fact : entry.facts()) {
      out.append("<br>\n").append(html(words.labelled(fact.label(), fact.value())));
    }
    if (entry.url() != null) {
      out.append("<br>\n<a href=\"")
          .append(html(entry.url()))
          .append("\">")
          .append(html(entry.url()))
          .append("</a>");
    }
    if (entry.text() != null) {
      out.append("<br>\n").append(html(entry.text()));
    }
    if (!entry.bullets().isEmpty()) {
      out.append("\n<ul>\n");
      for (String bullet : entry.bullets()) {
        out.append("<li>").append(html(bullet)).append("</li>\n");
      }
      out.append("</ul>");
    }
    out.append("</td></tr>\n");
  }
}
