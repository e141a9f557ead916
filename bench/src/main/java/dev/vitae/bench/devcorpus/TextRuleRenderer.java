package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.List;

/**
 * {@code text-rule}: plain text wrapped at 78 columns, with section headings over a rule of {@code
 * =} and entry headings over a rule of {@code -}, the dates on a line of their own ({@code January
 * 2019 - Present}), labelled contact lines and {@code •} bullets.
 */
final class TextRuleRenderer extends TextRenderer {
  private static final int COLUMNS = 78;
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MONTH_YEAR, " - ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.CHINESE, " — ", "至今");

  @Override
  public String name() {
    return "text-rule";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 1);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.E164);
    StringBuilder out = new StringBuilder();
    out.append(outline.header().name()).append('\n');
    if (outline.header().label() != null) {
      wrap(out, outline.header().label(), "", "");
    }
    if (!outline.header().contacts().isEmpty()) {
      out.append('\n');
    }
    for (Contact contact : outline.header().contacts()) {
      out.append(contact.label()).append(words.colon()).append(contact.text()).append('\n');
    }
    for (Part part : outline.parts()) {
      out.append('\n');
      underline(out, part.heading(), '=');
      if (part.prose() != null) {
        wrap(out, part.prose(), "", "");
      }
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          wrap(out, Phrases.line(part.section(), entry, words), "", "    ");
        } else {
          out.append('\n');
          entry(out, part.section(), entry, words, dates);
        }
      }
    }
    return out.toString();
  }

  private static void entry(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    List<String> lead = Phrases.lead(section, entry, true, words);
    if (!lead.isEmpty()) {
      underline(out, lead.get(0), '-');
      if (lead.size() > 1) {
        wrap(out, String.join(words.separator(), lead.subList(1, lead.size())), "", "");
      }
    }
    String when = dates.format(entry.period());
    if (when != null) {
      out.append(when).append('\n');
    }
    for (Fact fact : entry.facts()) {
      wrap(out, words.labelled(fact.label(), fact.value()), "", "    ");
    }
    if (entry.url() != null) {
      out.append(entry.url()).append('\n');
    }
    if (entry.text() != null) {
      out.append('\n');
      wrap(out, entry.text(), "", "");
    }
    if (!entry.bullets().isEmpty()) {
      out.append('\n');
    }
    for (String bullet : entry.bullets()) {
      wrap(out, bullet, "  • ", "    ");
    }
  }

  private static void underline(StringBuilder out, String heading, char rule) {
    out.append(heading).append('\n');
    out.append(PlainText.repeat(rule, PlainText.width(heading))).append('\n');
  }

  private static void wrap(StringBuilder out, String text, String first, String rest) {
    for (String line : PlainText.wrap(text, COLUMNS, first, rest)) {
      out.append(line).append('\n');
    }
  }
}
