package dev.vitae.extractor.redact;

import dev.vitae.extractor.model.Award;
import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Certificate;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.Interest;
import dev.vitae.extractor.model.Language;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.model.Publication;
import dev.vitae.extractor.model.Reference;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.extractor.model.Volunteer;
import dev.vitae.extractor.model.Work;
import dev.vitae.extractor.normalize.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Redaction for fair screening: the same resume without who the person is and without the
 * attributes a screener must not weigh, in every field.
 *
 * <ul>
 *   <li>Removed fields: {@code basics.name}, {@code email}, {@code phone}, {@code url}, {@code
 *       image}, {@code profiles}, {@code location.address} and {@code postalCode}, {@code
 *       references[].name}; a {@code url} anywhere that points at the person (a profile network, or
 *       a URL that spells their name or handle). With {@link #withSchools()}, {@code
 *       education[].institution} and {@code url} too.
 *   <li>In every other string (summaries, highlights, descriptions, keywords, references, …): the
 *       person's name (whole, family name first, its distinctive parts; a Han name with or without
 *       spaces, and its given name), any email, any phone number, the person's handles and URLs
 *       become {@code [name]}, {@code [email]}, {@code [phone]}, {@code [profile]}, {@code [url]}
 *       (and {@code [school]}); a birth date, age, gender, marital status, nationality, ethnicity,
 *       birth place, political affiliation, religion, ID number, height or weight is removed with
 *       its label, in English and Chinese ({@code Gender: Female}, {@code 民族：汉}, {@code 男 | 25岁}).
 *   <li>Kept: city, region and country code, dates, employers, positions, skills, languages, and
 *       everything else; {@code meta.vitae} keeps its provenance, with the person's name taken out
 *       of {@code source.file}, and gains {@code redactions}: how many of each {@link
 *       RedactionKind} were removed, never the values.
 * </ul>
 *
 * <p>The person is known from the resume itself, so a name the extractor did not find is not
 * removed where it appears in prose; emails and phone numbers are found by pattern regardless.
 * Immutable and thread-safe; never throws on odd text.
 */
public final class Redactor {
  private static final Set<RedactionKind> PERSONAL =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(RedactionKind.SCHOOL)));

  private final boolean schools;

  private Redactor(boolean schools) {
    this.schools = schools;
  }

  /** Removes the person and their protected attributes; keeps institution names. */
  public static Redactor personal() {
    return new Redactor(false);
  }

  /** This redactor also removing institution names ({@code --redact=schools}). */
  public Redactor withSchools() {
    return new Redactor(true);
  }

  /** Whether institution names are removed too. */
  public boolean schools() {
    return schools;
  }

  /** The kinds this redactor removes, each counted in {@code meta.vitae.redactions}. */
  public Set<RedactionKind> kinds() {
    if (!schools) {
      return PERSONAL;
    }
    return Collections.unmodifiableSet(EnumSet.allOf(RedactionKind.class));
  }

  /** {@code resume} redacted, with the counts in {@code meta.vitae.redactions}. */
  public Resume redact(Resume resume) {
    Objects.requireNonNull(resume, "resume");
    Run run = new Run(Mentions.of(resume, schools), schools);
    Basics basics = run.basics(resume.basics());
    List<Work> work = run.each(resume.work(), run::work);
    List<Volunteer> volunteer = run.each(resume.volunteer(), run::volunteer);
    List<Education> education = run.each(resume.education(), run::education);
    List<Award> awards = run.each(resume.awards(), run::award);
    List<Certificate> certificates = run.each(resume.certificates(), run::certificate);
    List<Publication> publications = run.each(resume.publications(), run::publication);
    List<Skill> skills = run.each(resume.skills(), run::skill);
    List<Language> languages = run.each(resume.languages(), run::language);
    List<Interest> interests = run.each(resume.interests(), run::interest);
    List<Reference> references = run.each(resume.references(), run::reference);
    List<Project> projects = run.each(resume.projects(), run::project);
    // Last: the counts are complete once every field is done.
    Meta meta = run.meta(resume.meta(), run.counts.byKey(kinds()));
    return new Resume(
        basics,
        work,
        volunteer,
        education,
        awards,
        certificates,
        publications,
        skills,
        languages,
        interests,
        references,
        projects,
        meta);
  }

  /** One resume's redaction: its person's mentions and what was removed so far. */
  private static final class Run {
    private final Mentions mentions;
    private final boolean schools;
    private final Counts counts = new Counts();

    Run(Mentions mentions, boolean schools) {
      this.mentions = mentions;
      this.schools = schools;
    }

    // A string with the person replaced and the attributes removed; null when nothing is left.
    @Nullable String text(@Nullable String value) {
      if (value == null) {
        return null;
      }
      String out = mentions.replace(value, counts);
      out = Attributes.remove(out, counts);
      return Texts.cleanOrNull(out);
    }

    List<String> texts(List<String> values) {
      List<String> out = new ArrayList<>(values.size());
      for (String value : values) {
        String redacted = text(value);
        if (redacted != null) {
          out.add(redacted);
        }
      }
      return out;
    }

    <T> List<T> each(List<T> values, Function<T, @Nullable T> redact) {
      List<T> out = new ArrayList<>(values.size());
      for (T value : values) {
        T redacted = redact.apply(value);
        if (redacted != null) {
          out.add(redacted);
        }
      }
      return out;
    }

    // A field that must go, counted when it was there.
    @Nullable String drop(@Nullable String value, RedactionKind kind) {
      if (value != null) {
        counts.add(kind);
      }
      return null;
    }

    // A URL field: kept unless it points at the person.
    @Nullable String url(@Nullable String value) {
      if (value == null || !mentions.identifies(value)) {
        return value;
      }
      return drop(value, RedactionKind.URL);
    }

    @Nullable Basics basics(@Nullable Basics basics) {
      if (basics == null) {
        return null;
      }
      drop(basics.name(), RedactionKind.NAME);
      drop(basics.image(), RedactionKind.PICTURE);
      drop(basics.email(), RedactionKind.EMAIL);
      drop(basics.phone(), RedactionKind.PHONE);
      drop(basics.url(), RedactionKind.URL);
      basics.profiles().forEach(p -> counts.add(RedactionKind.PROFILE));
      String label = text(basics.label());
      String summary = text(basics.summary());
      Location location = location(basics.location());
      // An empty object would still be written: no basics at all, as when none were found.
      return label == null && summary == null && location == null
          ? null
          : new Basics(null, label, null, null, null, null, summary, location, List.of());
    }

    // City, region and country stay: where someone is based decides commutes and visas.
    @Nullable Location location(@Nullable Location location) {
      if (location == null) {
        return null;
      }
      if (location.address() != null || location.postalCode() != null) {
        counts.add(RedactionKind.ADDRESS);
      }
      Location kept =
          new Location(
              null, null, text(location.city()), location.countryCode(), text(location.region()));
      return kept.city() == null && kept.countryCode() == null && kept.region() == null
          ? null
          : kept;
    }

    Work work(Work w) {
      return new Work(
          text(w.name()),
          text(w.location()),
          text(w.description()),
          text(w.position()),
          url(w.url()),
          w.startDate(),
          w.endDate(),
          text(w.summary()),
          texts(w.highlights()));
    }

    Volunteer volunteer(Volunteer v) {
      return new Volunteer(
          text(v.organization()),
          text(v.position()),
          url(v.url()),
          v.startDate(),
          v.endDate(),
          text(v.summary()),
          texts(v.highlights()));
    }

    Education education(Education e) {
      return new Education(
          schools ? drop(e.institution(), RedactionKind.SCHOOL) : text(e.institution()),
          schools ? drop(e.url(), RedactionKind.URL) : url(e.url()),
          text(e.area()),
          e.studyType(),
          e.startDate(),
          e.endDate(),
          text(e.score()),
          texts(e.courses()));
    }

    Award award(Award a) {
      return new Award(text(a.title()), a.date(), text(a.awarder()), text(a.summary()));
    }

    Certificate certificate(Certificate c) {
      return new Certificate(text(c.name()), c.date(), url(c.url()), text(c.issuer()));
    }

    Publication publication(Publication p) {
      return new Publication(
          text(p.name()), text(p.publisher()), p.releaseDate(), url(p.url()), text(p.summary()));
    }

    // A group named by an attribute ("籍贯": ["重庆"]) is that attribute: it goes whole.
    @Nullable Skill skill(Skill s) {
      if (isAttribute(s.name())) {
        return null;
      }
      return new Skill(text(s.name()), text(s.level()), texts(s.keywords()));
    }

    private boolean isAttribute(@Nullable String name) {
      if (name == null) {
        return false;
      }
      Optional<RedactionKind> kind = Attributes.labelled(name);
      kind.ifPresent(counts::add);
      return kind.isPresent();
    }

    // The language's English name is a normalized vocabulary: kept as it is.
    Language language(Language l) {
      return new Language(l.language(), text(l.fluency()));
    }

    @Nullable Interest interest(Interest i) {
      if (isAttribute(i.name())) {
        return null;
      }
      return new Interest(text(i.name()), texts(i.keywords()));
    }

    // The referee is a third person: their name and contacts go, what they said stays.
    @Nullable Reference reference(Reference r) {
      drop(r.name(), RedactionKind.REFEREE);
      String said = text(r.reference());
      return said == null ? null : new Reference(null, said);
    }

    Project project(Project p) {
      return new Project(
          text(p.name()),
          text(p.description()),
          texts(p.highlights()),
          texts(p.keywords()),
          p.startDate(),
          p.endDate(),
          url(p.url()),
          texts(p.roles()),
          text(p.entity()),
          text(p.type()));
    }

    // Provenance stays, but a file named after the person is not.
    Meta meta(@Nullable Meta meta, Map<String, Integer> redactions) {
      VitaeMeta vitae = meta == null ? null : meta.vitae();
      if (vitae == null) {
        vitae = new VitaeMeta(null, null, Map.of(), List.of());
      }
      VitaeMeta.SourceMeta source = vitae.source();
      if (source != null && source.file() != null) {
        source =
            new VitaeMeta.SourceMeta(
                mentions.replaceNames(source.file(), new Counts()),
                source.mediaType(),
                source.sha256(),
                source.pages(),
                source.languages());
      }
      return new Meta(
          meta == null ? null : meta.version(),
          vitae.withSource(source).withRedactions(redactions));
    }
  }
}
