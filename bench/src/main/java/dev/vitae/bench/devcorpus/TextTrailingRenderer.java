package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.List;
import java.util.Locale;

/**
 * {@code text-trailing}: plain text with headings followed by a rule on the same line ({@code
 * SKILLS -----…}), entries with the dates first ({@code 2019-01 – 2021-06 Software Engineer, Acme
 * (Berlin)}), {@code * } bullets, contacts on one line and the phone as dialled at home.
 */
final class TextTrailingRenderer extends TextRenderer {
  private static final int COLUMNS = 78;
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.ISO, " – ", "Current");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, "–", "至今");

  @Override
  public String name() {
    return "text-trailing";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 2);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.NATIONAL);
    StringBuilder out = new StringBuilder();
    out.append(outline.header().name()).append('\n');
    if (outline.header().label() != null) {
      out.append(outline.header().label()).append('\n');
    }
    List<String> contacts =
        outline.header().contacts().stream().map(c -> c.plain(words.colon())).toList();
    if (!contacts.isEmpty()) {
      out.append(String.join(" · ", contacts)).append('\n');
    }
    for (Part part : outline.parts()) {
      String heading = part.heading().toUpperCase(Locale.ROOT) + " ";
      out.append('\n')
          .append(heading)
          .append(PlainText.repeat('-', COLUMNS - PlainText.width(heading)))
          .append('\n');
      if (part.prose() != null) {
        out.append(part.prose()).append('\n');
      }
      boolean first = true;
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          out.append(Phrases.line(part.section(), entry, words)).append('\n');
          continue;
        }
        if (!first) {
          out.append('\n');
        }
        first = false;
        entry(out, part.section(), entry, words, dates);
      }
    }
    return out.toString();
  }

  private static void entry(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    String lead = Phrases.leadLine(section, entry, false, words);
    if (entry.place() != null) {
      lead = lead + (words.chinese() ? "（" + entry.place() + "）" : " (" + entry.place() + ")");
    }
    String when = dates.format(entry.period());
    out.append(when == null ? lead : when + "  " + lead).append('\n');
    for (Fact fact : entry.facts()) {
      out.append(words.labelled(fact.label(), fact.value())).append('\n');
    }
    if (entry.url() != null) {
      out.append(entry.url()).append('\n');
    }
    if (entry.text() != null) {
      out.append(entry.text()).append('\n');
    }
    for (String bullet : entry.bullets()) {
      out.append("* ").append(bullet).append('\n');
    }
  }
}
