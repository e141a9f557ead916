package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.Words.Label;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import dev.vitae.extractor.model.Award;
import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Certificate;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.Interest;
import dev.vitae.extractor.model.Language;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.model.Publication;
import dev.vitae.extractor.model.Reference;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.model.Volunteer;
import dev.vitae.extractor.model.Work;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resume laid out the way every renderer draws it: a header, then sections of entries, with the
 * words of the gold's language already chosen and only the dates left for the renderer to write.
 * Holds exactly what the gold holds: no value is added, and none is left out.
 */
public record Outline(Header header, List<Part> parts) {
  public Outline {
    parts = List.copyOf(parts);
  }

  /** The person: name, title and contact details. */
  public record Header(String name, @Nullable String label, List<Contact> contacts) {
    public Header {
      contacts = List.copyOf(contacts);
    }

    /** The contacts that are profiles, or those that are not, in order, as plain text. */
    public List<String> plainContacts(boolean profiles, String colon) {
      return contacts.stream()
          .filter(c -> (c.kind() == ContactKind.PROFILE) == profiles)
          .map(c -> c.plain(colon))
          .toList();
    }
  }

  /** What a contact detail is. */
  public enum ContactKind {
    EMAIL,
    PHONE,
    WEBSITE,
    LOCATION,
    PROFILE
  }

  /**
   * One contact detail.
   *
   * @param label what it is, in the gold's language ({@code Email}, {@code LinkedIn}, {@code 微信})
   * @param text what the resume shows
   * @param href where a link goes, for formats that have links
   */
  public record Contact(ContactKind kind, String label, String text, @Nullable String href) {
    /** A profile as its network's label, the colon and its text; any other contact as its text. */
    public String plain(String colon) {
      return kind == ContactKind.PROFILE ? label + colon + text : text;
    }
  }

  /**
   * One section.
   *
   * @param prose the text of a section that is a paragraph (the summary), or null
   */
  public record Part(Section section, String heading, @Nullable String prose, List<Entry> entries) {
    public Part {
      entries = List.copyOf(entries);
    }
  }

  /** A labelled detail of an entry: {@code Grade: 2:1}, {@code Role: Product Owner}. */
  public record Fact(Label label, String value) {}

  /**
   * One entry of a section. Sections of one-line entries (skills, languages, interests) use {@code
   * title} and {@code value}; the others use the rest.
   *
   * @param title what the entry is: a position, a degree, an award, a project, a skill group; empty
   *     only for a one-line entry whose gold has no name
   * @param org who it is with: the employer, school, awarder, issuer, publisher or project entity
   * @param place where (a job's location)
   * @param value the rest of a one-line entry: keywords, a level, a fluency
   * @param text a paragraph: a job's summary, a project's description, a reference's words
   */
  public record Entry(
      String title,
      @Nullable String org,
      @Nullable String place,
      @Nullable Period period,
      @Nullable String value,
      List<Fact> facts,
      @Nullable String text,
      List<String> bullets,
      @Nullable String url) {
    public Entry {
      facts = List.copyOf(facts);
      bullets = List.copyOf(bullets);
    }

    /** A one-line entry: a title and a value, either of which may be missing. */
    static Entry line(@Nullable String title, @Nullable String value) {
      return new Entry(
          title == null ? "" : title, null, null, null, value, List.of(), null, List.of(), null);
    }
  }

  /** The part of a section, or null when the resume does not have it. */
  public @Nullable Part part(Section section) {
    for (Part part : parts) {
      if (part.section() == section) {
        return part;
      }
    }
    return null;
  }

  /**
   * Lays a gold out with a renderer's words.
   *
   * @param phones how the phone number is written
   */
  public static Outline of(Gold gold, Words words, PhoneStyle phones) {
    Resume resume = gold.resume();
    Basics basics = resume.basics();
    Header header = header(basics, words, phones);
    List<Part> parts = new ArrayList<>();
    for (Section section : gold.order()) {
      Part part = part(section, resume, words);
      if (part != null) {
        parts.add(part);
      }
    }
    return new Outline(header, parts);
  }

  private static Header header(@Nullable Basics basics, Words words, PhoneStyle phones) {
    if (basics == null) {
      return new Header("", null, List.of());
    }
    List<Contact> contacts = new ArrayList<>();
    String email = basics.email();
    if (email != null) {
      contacts.add(
          new Contact(ContactKind.EMAIL, words.label(Label.EMAIL), email, "mailto:" + email));
    }
    String phone = basics.phone();
    if (phone != null) {
      contacts.add(
          new Contact(
              ContactKind.PHONE,
              words.label(Label.PHONE),
              Words.phone(phone, phones),
              "tel:" + phone.replace(" ", "")));
    }
    String location = words.location(basics.location());
    if (location != null) {
      contacts.add(new Contact(ContactKind.LOCATION, words.label(Label.LOCATION), location, null));
    }
    String url = basics.url();
    if (url != null) {
      contacts.add(new Contact(ContactKind.WEBSITE, words.label(Label.WEBSITE), url, url));
    }
    for (Profile profile : basics.profiles()) {
      String text = profile.username() != null ? profile.username() : profile.url();
      if (text != null) {
        contacts.add(
            new Contact(
                ContactKind.PROFILE, words.network(profile.network()), text, profile.url()));
      }
    }
    String name = basics.name() == null ? "" : basics.name();
    return new Header(name, basics.label(), contacts);
  }

  private static @Nullable Part part(Section section, Resume resume, Words words) {
    List<Entry> entries = new ArrayList<>();
    String heading = words.heading(section);
    switch (section) {
      case SUMMARY -> {
        Basics basics = resume.basics();
        String summary = basics == null ? null : basics.summary();
        return summary == null ? null : new Part(section, heading, summary, List.of());
      }
      case WORK -> resume.work().forEach(w -> entries.add(work(w)));
      case VOLUNTEER -> resume.volunteer().forEach(v -> entries.add(volunteer(v)));
      case EDUCATION -> resume.education().forEach(e -> entries.add(education(e, words)));
      case AWARDS -> resume.awards().forEach(a -> entries.add(award(a)));
      case CERTIFICATES -> resume.certificates().forEach(c -> entries.add(certificate(c)));
      case PUBLICATIONS -> resume.publications().forEach(p -> entries.add(publication(p)));
      case SKILLS -> resume.skills().forEach(s -> entries.add(skill(s, words)));
      case LANGUAGES -> resume.languages().forEach(l -> entries.add(language(l, words)));
      case INTERESTS -> resume.interests().forEach(i -> entries.add(interest(i, words)));
      case REFERENCES -> resume.references().forEach(r -> entries.add(reference(r)));
      case PROJECTS -> resume.projects().forEach(p -> entries.add(project(p, words)));
    }
    entries.removeIf(Outline::empty);
    return entries.isEmpty() ? null : new Part(section, heading, null, entries);
  }

  private static boolean empty(Entry e) {
    return e.title().isEmpty()
        && e.org() == null
        && e.value() == null
        && e.text() == null
        && e.bullets().isEmpty()
        && e.facts().isEmpty()
        && e.url() == null
        && e.period() == null;
  }

  // An entry is named by its title; when the gold has no title, the org moves up to name it.
  private static Entry entry(
      @Nullable String title,
      @Nullable String org,
      @Nullable String place,
      @Nullable Period period,
      List<Fact> facts,
      @Nullable String text,
      List<String> bullets,
      @Nullable String url) {
    if (title == null) {
      return new Entry(
          org == null ? "" : org, null, place, period, null, facts, text, bullets, url);
    }
    return new Entry(title, org, place, period, null, facts, text, bullets, url);
  }

  private static Entry work(Work w) {
    String text = joinText(w.description(), w.summary());
    return entry(
        w.position(),
        w.name(),
        w.location(),
        Period.span(w.startDate(), w.endDate()),
        List.of(),
        text,
        w.highlights(),
        w.url());
  }

  private static Entry volunteer(Volunteer v) {
    return entry(
        v.position(),
        v.organization(),
        null,
        Period.span(v.startDate(), v.endDate()),
        List.of(),
        v.summary(),
        v.highlights(),
        v.url());
  }

  private static Entry education(Education e, Words words) {
    List<Fact> facts = new ArrayList<>();
    if (e.score() != null) {
      facts.add(new Fact(Label.SCORE, e.score()));
    }
    if (!e.courses().isEmpty()) {
      facts.add(new Fact(Label.COURSES, words.list(e.courses())));
    }
    return entry(
        words.degree(e.studyType(), e.area()),
        e.institution(),
        null,
        Period.span(e.startDate(), e.endDate()),
        facts,
        null,
        List.of(),
        e.url());
  }

  private static Entry award(Award a) {
    return entry(
        a.title(), a.awarder(), null, Period.at(a.date()), List.of(), a.summary(), List.of(), null);
  }

  private static Entry certificate(Certificate c) {
    return entry(
        c.name(), c.issuer(), null, Period.at(c.date()), List.of(), null, List.of(), c.url());
  }

  private static Entry publication(Publication p) {
    return entry(
        p.name(),
        p.publisher(),
        null,
        Period.at(p.releaseDate()),
        List.of(),
        p.summary(),
        List.of(),
        p.url());
  }

  private static Entry project(Project p, Words words) {
    List<Fact> facts = new ArrayList<>();
    if (!p.roles().isEmpty()) {
      facts.add(new Fact(Label.ROLES, words.list(p.roles())));
    }
    if (!p.keywords().isEmpty()) {
      facts.add(new Fact(Label.KEYWORDS, words.list(p.keywords())));
    }
    return entry(
        p.name(),
        p.entity(),
        null,
        Period.of(p.startDate(), p.endDate()),
        facts,
        p.description(),
        p.highlights(),
        p.url());
  }

  private static Entry skill(Skill s, Words words) {
    String keywords = s.keywords().isEmpty() ? null : words.list(s.keywords());
    String level = s.level();
    if (level == null) {
      return Entry.line(s.name(), keywords);
    }
    if (keywords == null) {
      return Entry.line(s.name(), level);
    }
    String name =
        s.name() == null
            ? level
            : s.name() + (words.chinese() ? "（" : " (") + level + (words.chinese() ? "）" : ")");
    return Entry.line(name, keywords);
  }

  private static Entry language(Language l, Words words) {
    return Entry.line(l.language() == null ? null : words.language(l.language()), l.fluency());
  }

  private static Entry interest(Interest i, Words words) {
    return Entry.line(i.name(), i.keywords().isEmpty() ? null : words.list(i.keywords()));
  }

  private static Entry reference(Reference r) {
    return entry(r.name(), null, null, null, List.of(), r.reference(), List.of(), null);
  }

  private static @Nullable String joinText(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + " " + b;
  }
}
