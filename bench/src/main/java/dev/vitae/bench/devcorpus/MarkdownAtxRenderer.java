package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.markdown;
import static dev.vitae.bench.devcorpus.Escapes.markdownUrl;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.ContactKind;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code md-atx}: Markdown with ATX headings ({@code #} name, {@code ##} sections, {@code ###}
 * entries), the dates last in italics on the entry's heading, {@code - } bullets and links as
 * {@code [text](url)}.
 */
final class MarkdownAtxRenderer extends TextRenderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, " - ", "至今");

  @Override
  public String name() {
    return "md-atx";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 1);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(markdown(outline.header().name())).append("\n\n");
    if (outline.header().label() != null) {
      out.append("**").append(markdown(outline.header().label())).append("**\n\n");
    }
    List<String> contacts = new ArrayList<>();
    for (Contact contact : outline.header().contacts()) {
      String text = link(contact.text(), contact.href());
      contacts.add(
          contact.kind() == ContactKind.PROFILE
              ? markdown(contact.label()) + words.colon() + text
              : text);
    }
    if (!contacts.isEmpty()) {
      out.append(String.join(" · ", contacts)).append("\n\n");
    }
    for (Part part : outline.parts()) {
      out.append("## ").append(markdown(part.heading())).append("\n\n");
      if (part.prose() != null) {
        out.append(markdown(part.prose())).append("\n\n");
      }
      if (part.section().oneLine()) {
        for (Entry entry : part.entries()) {
          out.append("- ")
              .append(markdown(Phrases.line(part.section(), entry, words)))
              .append('\n');
        }
        out.append('\n');
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
    List<String> lead = new ArrayList<>();
    for (String part : Phrases.lead(section, entry, false, words)) {
      lead.add(markdown(part));
    }
    // the entry's own link goes on its name
    if (entry.url() != null && !lead.isEmpty() && section != Section.EDUCATION) {
      lead.set(0, anchor(lead.get(0), entry.url()));
    }
    out.append("### ").append(String.join(markdown(words.separator()), lead));
    String when = dates.format(entry.period());
    if (when != null) {
      out.append(" · *").append(markdown(when)).append('*');
    }
    out.append("\n\n");
    if (entry.place() != null) {
      out.append(markdown(entry.place())).append("\n\n");
    }
    for (Fact fact : entry.facts()) {
      out.append(markdown(words.labelled(fact.label(), fact.value()))).append("\n\n");
    }
    if (entry.url() != null && section == Section.EDUCATION) {
      out.append(link(entry.url(), entry.url())).append("\n\n");
    }
    if (entry.text() != null) {
      out.append(markdown(entry.text())).append("\n\n");
    }
    for (String bullet : entry.bullets()) {
      out.append("- ").append(markdown(bullet)).append('\n');
    }
    if (!entry.bullets().isEmpty()) {
      out.append('\n');
    }
  }

  private static String link(String text, @Nullable String href) {
    return href == null ? markdown(text) : anchor(markdown(text), href);
  }

  private static String anchor(String markdownText, String href) {
    return "[" + markdownText + "](" + markdownUrl(href) + ")";
  }
}
