package dev.vitae.extractor.normalize;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.PartialDate;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.model.Work;
import dev.vitae.parser.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The last stage: merges a work history listed twice (a detailed section and a short list) into one
 * entry per employer period, and records what was not found as warnings.
 *
 * <p>Requires WORK, EDUCATION, SKILLS; provides NORMALIZED.
 */
public final class ResumeNormalizer implements Extractor {
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.WORK, Slot.EDUCATION, Slot.SKILLS);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.NORMALIZED);
  }

  @Override
  public Set<Slot> refines() {
    return Set.of(Slot.WORK, Slot.EDUCATION, Slot.SKILLS);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    mergeWork(draft.work());
    encodeUrls(draft);
    if (draft.education().isEmpty()) {
      draft.warn("no education found");
    }
    if (draft.skills().isEmpty()) {
      draft.warn("no skills found");
    }
  }

  /** Every URL in a form the schema's {@code uri} format accepts. */
  static void encodeUrls(ResumeDraft draft) {
    draft
        .url()
        .ifPresent(
            u -> draft.setUrl(new Drafted<>(Urls.toUri(u.value()), u.firstLine(), u.lastLine())));
    draft
        .profiles()
        .replaceAll(
            d -> {
              Profile p = d.value();
              return new Drafted<>(
                  new Profile(p.network(), p.username(), Urls.toUri(p.url())),
                  d.firstLine(),
                  d.lastLine());
            });
    draft
        .work()
        .replaceAll(
            d -> {
              Work w = d.value();
              return new Drafted<>(
                  new Work(
                      w.name(),
                      w.location(),
                      w.description(),
                      w.position(),
                      Urls.toUri(w.url()),
                      w.startDate(),
                      w.endDate(),
                      w.summary(),
                      w.highlights()),
                  d.firstLine(),
                  d.lastLine());
            });
    draft
        .projects()
        .replaceAll(
            d -> {
              Project p = d.value();
              return new Drafted<>(
                  new Project(
                      p.name(),
                      p.description(),
                      p.highlights(),
                      p.keywords(),
                      p.startDate(),
                      p.endDate(),
                      Urls.toUri(p.url()),
                      p.roles(),
                      p.entity(),
                      p.type()),
                  d.firstLine(),
                  d.lastLine());
            });
  }

  /** Entries with the same employer and the same (or an unknown) start are one period. */
  static void mergeWork(List<Drafted<Work>> work) {
    List<Drafted<Work>> merged = new ArrayList<>();
    for (Drafted<Work> d : work) {
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (samePeriod(merged.get(i).value(), d.value())) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        merged.add(d);
      } else {
        Drafted<Work> a = merged.get(same);
        merged.set(
            same,
            new Drafted<>(
                merge(a.value(), d.value()), a.firstLine(), Math.max(a.lastLine(), d.lastLine())));
      }
    }
    work.clear();
    work.addAll(merged);
  }

  private static boolean samePeriod(Work a, Work b) {
    if (a.name() == null || b.name() == null) {
      return false;
    }
    if (!key(a.name()).equals(key(b.name()))) {
      return false;
    }
    if (a.startDate() == null || b.startDate() == null) {
      return Objects.equals(a.position(), b.position())
          || a.position() == null
          || b.position() == null;
    }
    return a.startDate().year() == b.startDate().year()
        && (a.startDate().month() == 0
            || b.startDate().month() == 0
            || a.startDate().month() == b.startDate().month());
  }

  private static String key(String name) {
    return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static Work merge(Work a, Work b) {
    Set<String> highlights = new LinkedHashSet<>(a.highlights());
    highlights.addAll(b.highlights());
    return new Work(
        a.name(),
        first(a.location(), b.location()),
        first(a.description(), b.description()),
        first(a.position(), b.position()),
        first(a.url(), b.url()),
        precise(a.startDate(), b.startDate()),
        precise(a.endDate(), b.endDate()),
        first(a.summary(), b.summary()),
        List.copyOf(highlights));
  }

  private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
    return a != null ? a : b;
  }

  private static @Nullable PartialDate precise(@Nullable PartialDate a, @Nullable PartialDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.toString().length() > a.toString().length() ? b : a;
  }
}
