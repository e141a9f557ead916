package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Outline.Entry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The phrases several renderers build the same way from an entry. */
final class Phrases {
  private Phrases() {}

  /**
   * The names that open an entry, in the order a resume gives them: the title then the org, except
   * in education, where the school comes first, and in a Chinese resume's jobs, where the employer
   * does ({@code 深圳蓝海科技有限公司 | 高级工程师}); the place last when asked for.
   */
  static List<String> lead(Section section, Entry entry, boolean withPlace, Words words) {
    List<String> parts = new ArrayList<>();
    boolean orgFirst =
        section == Section.EDUCATION
            || (words.chinese() && (section == Section.WORK || section == Section.VOLUNTEER));
    if (orgFirst) {
      add(parts, entry.org());
      add(parts, entry.title());
    } else {
      add(parts, entry.title());
      add(parts, entry.org());
    }
    if (withPlace) {
      add(parts, entry.place());
    }
    return parts;
  }

  /** {@link #lead} joined with the words' separator. */
  static String leadLine(Section section, Entry entry, boolean withPlace, Words words) {
    return String.join(words.separator(), lead(section, entry, withPlace, words));
  }

  /**
   * A one-line entry (a skill group, a language, an interest) as text: {@code Delivery: Scrum,
   * SAFe}, {@code English — Fluent}, {@code 英语：CET-6}, {@code Woodworking}.
   */
  static String line(Section section, Entry entry, Words words) {
    String title = entry.title();
    String value = entry.value();
    if (value == null || title.isEmpty()) {
      return value == null ? title : value;
    }
    if (section == Section.LANGUAGES && !words.chinese()) {
      return title + " — " + value;
    }
    return title + words.colon() + value;
  }

  private static void add(List<String> parts, @Nullable String part) {
    if (part != null && !part.isEmpty()) {
      parts.add(part);
    }
  }
}
