package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.util.List;

/**
 * {@code text-indent}: plain text in indented blocks. Headings end with a colon; an entry's header
 * is at column 0 and its details are indented by four spaces and wrapped at 76 columns. Jobs and
 * volunteer roles are written as {@code Label: value} lines ({@code Position: …}, {@code Dates:
 * 01/2019 - Present}); other entries put their title and dates on one TAB-separated row.
 */
final class TextIndentRenderer extends TextRenderer {
  private static final int COLUMNS = 76;
  private static final String INDENT = "    ";
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.SLASH, " - ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.YEAR_SLASH, " ~ ", "至今");

  @Override
  public String name() {
    return "text-indent";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  String text(Gold gold) {
    Words words = Words.of(gold, 3);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    StringBuilder out = new StringBuilder();
    out.append(outline.header().name()).append('\n');
    if (outline.header().label() != null) {
      indented(out, outline.header().label());
    }
    for (Contact contact : outline.header().contacts()) {
      indented(out, contact.label() + words.colon() + contact.text());
    }
    for (Part part : outline.parts()) {
      out.append('\n').append(part.heading()).append(words.chinese() ? "：" : ":").append('\n');
      if (part.prose() != null) {
        indented(out, part.prose());
      }
      boolean first = true;
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          indented(out, Phrases.line(part.section(), entry, words));
          continue;
        }
        if (!first) {
          out.append('\n');
        }
        first = false;
        if (part.section() == Section.WORK || part.section() == Section.VOLUNTEER) {
          labelled(out, entry, words, dates);
        } else {
          tabbed(out, part.section(), entry, words, dates);
        }
      }
    }
    return out.toString();
  }

  // a job as its employer, then Position / Dates / Location lines
  private static void labelled(StringBuilder out, Entry entry, Words words, DateFormat dates) {
    String org = entry.org();
    out.append(org != null ? org : entry.title()).append('\n');
    if (org != null) {
      indented(out, words.labelled(Label.POSITION, entry.title()));
    }
    String when = dates.format(entry.period());
    if (when != null) {
      indented(out, words.labelled(Label.DATES, when));
    }
    if (entry.place() != null) {
      indented(out, words.labelled(Label.PLACE, entry.place()));
    }
    details(out, entry, words);
  }

  // a title and its dates on one row, separated by a TAB
  private static void tabbed(
      StringBuilder out, Section section, Entry entry, Words words, DateFormat dates) {
    List<String> lead = Phrases.lead(section, entry, true, words);
    String first = lead.isEmpty() ? "" : lead.get(0);
    String when = dates.format(entry.period());
    out.append(when == null ? first : first + "\t" + when).append('\n');
    if (lead.size() > 1) {
      indented(out, String.join(words.separator(), lead.subList(1, lead.size())));
    }
    details(out, entry, words);
  }

  private static void details(StringBuilder out, Entry entry, Words words) {
    for (Fact fact : entry.facts()) {
      indented(out, words.labelled(fact.label(), fact.value()));
    }
    if (entry.url() != null) {
      indented(out, words.labelled(Label.LINK, entry.url()));
    }
    if (entry.text() != null) {
      indented(out, entry.text());
    }
    for (String bullet : entry.bullets()) {
      for (String line : PlainText.wrap(bullet, COLUMNS, INDENT + "- ", INDENT + "  ")) {
        out.append(line).append('\n');
      }
    }
  }

  private static void indented(StringBuilder out, String text) {
    for (String line : PlainText.wrap(text, COLUMNS, INDENT, INDENT)) {
      out.append(line).append('\n');
    }
  }
}
