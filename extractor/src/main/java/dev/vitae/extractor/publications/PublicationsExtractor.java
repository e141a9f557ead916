package dev.vitae.extractor.publications;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.entry.EntryBody;
import dev.vitae.extractor.entry.Items;
import dev.vitae.extractor.layout.LineFeatures;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.model.Publication;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Link;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads publications and patents: each item (a list item, a paragraph, or a line) is one work, read
 * as a citation. A quoted title is the name, and what follows it up to the date the publisher;
 * otherwise the sentences of a reference ("Authors. Title. Venue, 2021.") give the title as the
 * second and the venue as the third, and a lone sentence is the title. The first date is the
 * release date and the first web link the URL.
 *
 * <p>Requires LAYOUT and SECTIONS; provides PUBLICATIONS.
 */
public final class PublicationsExtractor implements Extractor {
  private static final Pattern QUOTED = Pattern.compile("[\"“「《]([^\"”」》]{3,300})[\"”」》]");
  // A sentence ends at ". " before a capital, a digit, a quote or a Han character.
  private static final Pattern SENTENCE = Pattern.compile("\\.\\s+(?=[\\p{Lu}\\d\"“(]|\\p{IsHan})");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
  private static final Pattern ENDS_IN_INITIAL = Pattern.compile("(?:^|[\\s,])\\p{Lu}$");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,.;:，。；：]+|[\\s,.;:，。；：]+$");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.LAYOUT, Slot.SECTIONS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.PUBLICATIONS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    for (Section section : draft.sections(SectionKind.PUBLICATIONS)) {
      for (List<LineFeatures> item :
          Items.of(draft.layout().range(section.start(), section.end()))) {
        Publication p = read(item);
        if (p != null) {
          draft
              .publications()
              .add(new Drafted<>(p, item.get(0).index(), item.get(item.size() - 1).index()));
        }
      }
    }
  }

  /** One item read as a citation, or null when it has no words. */
  static @Nullable Publication read(List<LineFeatures> item) {
    PartialDate date = null;
    String url = null;
    List<String> texts = new ArrayList<>();
    for (LineFeatures lf : item) {
      if (date == null && lf.hasDate()) {
        date = lf.dates().get(0).start();
      }
      for (Link link : lf.line().links()) {
        if (url == null && link.url().startsWith("http")) {
          url = link.url();
        }
      }
      texts.add(lf.textWithoutDates());
    }
    String text = EntryBody.join(texts);
    if (text == null) {
      return null;
    }
    Matcher u = URL.matcher(text);
    if (u.find()) {
      url = url == null ? u.group() : url;
      text = text.substring(0, u.start()) + text.substring(u.end());
    }
    text = trim(text);
    if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String name;
    String publisher = null;
    Matcher q = QUOTED.matcher(text);
    if (q.find()) {
      name = trim(q.group(1));
      publisher = trim(text.substring(q.end()));
    } else {
      List<String> sentences = sentences(text);
      if (sentences.size() >= 3) {
        name = trim(sentences.get(1));
        publisher = trim(sentences.get(2));
      } else if (sentences.size() == 2) {
        name = trim(sentences.get(0));
        publisher = trim(sentences.get(1));
      } else {
        name = text;
      }
    }
    return new Publication(name, emptyToNull(publisher), date, url, null);
  }

  /**
   * The sentences of a reference, the authors first as one: a lone initial ("J. Smith") stays with
   * the name after it, and leading sentences that end in an initial ("Okonkwo, A. and Lind, B.")
   * are one list of authors.
   */
  static List<String> sentences(String text) {
    List<String> raw = new ArrayList<>(List.of(SENTENCE.split(text)));
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      while (INITIAL.matcher(s).matches() && i + 1 < raw.size()) {
        s = s + ". " + raw.get(++i);
      }
      merged.add(s);
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    StringBuilder authors = new StringBuilder();
    while (i < merged.size() - 1 && ENDS_IN_INITIAL.matcher(merged.get(i)).find()) {
      authors.append(authors.length() == 0 ? "" : ". ").append(merged.get(i++));
    }
    if (authors.length() > 0) {
      out.add(authors.toString());
    }
    out.addAll(merged.subList(i, merged.size()));
    return out;
  }

  private static String trim(String s) {
    String t = Texts.clean(s);
    return t == null ? "" : EDGE_PUNCT.matcher(t).replaceAll("");
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
