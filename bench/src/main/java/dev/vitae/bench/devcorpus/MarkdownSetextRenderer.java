package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.markdown;
import static dev.vitae.bench.devcorpus.Escapes.markdownUrl;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code md-setext}: Markdown with setext headings (the name underlined with {@code =}, sections
 * with {@code -}), {@code **Label:** value} lines joined by hard line breaks, entries as a bold
 * line with the dates first, and numbered lists for highlights.
 */
final class MarkdownSetextRenderer extends TextRenderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.ISO, " to ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.CHINESE, " - ", "至今");

  @Override
  public String name() {
    return "md-setext";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 0);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.E164);
    StringBuilder out = new StringBuilder();
    underline(out, markdown(outline.header().name()), '=');
    List<String> lines = new ArrayList<>();
    if (outline.header().label() != null) {
      lines.add(labelled(words.label(Label.TITLE), markdown(outline.header().label()), words));
    }
    for (Contact contact : outline.header().contacts()) {
      String text = markdown(contact.text());
      if (contact.href() != null && contact.href().startsWith("http")) {
        text = "[" + text + "](" + markdownUrl(contact.href()) + ")";
      }
      lines.add(labelled(contact.label(), text, words));
    }
    hardBreaks(out, lines);
    for (Part part : outline.parts()) {
      underline(out, markdown(part.heading()), '-');
      if (part.prose() != null) {
        out.append(markdown(part.prose())).append("\n\n");
      }
      if (part.section().oneLine()) {
        List<String> items = new ArrayList<>();
        for (Entry entry : part.entries()) {
          items.add(
              entry.title().isEmpty() || entry.value() == null
                  ? markdown(Phrases.line(part.section(), entry, words))
                  : labelled(entry.title(), markdown(entry.value()), words));
        }
        hardBreaks(out, items);
        continue;
      }
      for (Entry entry : part.entries()) {
        entry(out, part.section(), entry, words, dates);
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void entry(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    List<String> lead = Phrases.lead(section, entry, false, words);
    StringBuilder head = new StringBuilder();
    String when = dates.format(entry.period());
    if (when != null) {
      head.append("**").append(markdown(when)).append("** · ");
    }
    if (!lead.isEmpty()) {
      head.append("**").append(markdown(lead.get(0))).append("**");
      for (String rest : lead.subList(1, lead.size())) {
        head.append(markdown(words.separator())).append(markdown(rest));
      }
    }
    out.append(head).append("\n\n");
    List<String> lines = new ArrayList<>();
    if (entry.place() != null) {
      lines.add(labelled(words.label(Label.PLACE), markdown(entry.place()), words));
    }
    for (Fact fact : entry.facts()) {
      lines.add(labelled(words.label(fact.label()), markdown(fact.value()), words));
    }
    if (entry.url() != null) {
      lines.add(
          labelled(
              words.label(Label.LINK),
              "[" + markdown(entry.url()) + "](" + markdownUrl(entry.url()) + ")",
              words));
    }
    hardBreaks(out, lines);
    if (entry.text() != null) {
      out.append(markdown(entry.text())).append("\n\n");
    }
    int n = 1;
    for (String bullet : entry.bullets()) {
      out.append(n++).append(". ").append(markdown(bullet)).append('\n');
    }
    if (!entry.bullets().isEmpty()) {
      out.append('\n');
    }
  }

  // the label is plain text, the value Markdown already
  private static String labelled(String label, String markdownValue, Words words) {
    return "**" + markdown(label) + words.colon().strip() + "** " + markdownValue;
  }

  // lines of one paragraph, each ended by a backslash hard line break but the last
  private static void hardBreaks(StringBuilder out, List<String> lines) {
    if (!lines.isEmpty()) {
      out.append(String.join("\\\n", lines)).append("\n\n");
    }
  }

  private static void underline(StringBuilder out, String heading, char rule) {
    out.append(heading)
        .append('\n')
        .append(PlainText.repeat(rule, Math.max(3, PlainText.width(heading))))
        .append("\n\n");
  }
}
