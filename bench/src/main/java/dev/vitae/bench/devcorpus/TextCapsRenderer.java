package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.List;
import java.util.Locale;

/**
 * {@code text-caps}: plain text with section headings in capitals on their own line, entries as
 * {@code Title, Employer, Place} with the dates last, right-aligned at column 80 ({@code Jan 2019 –
 * Present}), and {@code - } bullets.
 */
final class TextCapsRenderer extends TextRenderer {
  private static final int COLUMNS = 80;
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, " - ", "至今");

  @Override
  public String name() {
    return "text-caps";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 0);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append(outline.header().name()).append('\n');
    if (outline.header().label() != null) {
      out.append(outline.header().label()).append('\n');
    }
    List<String> details = outline.header().plainContacts(false, words.colon());
    List<String> profiles = outline.header().plainContacts(true, words.colon());
    if (!details.isEmpty()) {
      out.append(String.join(" | ", details)).append('\n');
    }
    if (!profiles.isEmpty()) {
      out.append(String.join(" | ", profiles)).append('\n');
    }
    for (Part part : outline.parts()) {
      out.append('\n').append(part.heading().toUpperCase(Locale.ROOT)).append('\n');
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
    String lead = Phrases.leadLine(section, entry, true, words);
    String when = dates.format(entry.period());
    out.append(when == null ? lead : PlainText.spread(lead, when, COLUMNS)).append('\n');
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
      out.append("- ").append(bullet).append('\n');
    }
  }
}
