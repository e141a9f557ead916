package dev.vitae.extractor;

import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.model.Award;
import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Certificate;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.Interest;
import dev.vitae.extractor.model.Language;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.model.Publication;
import dev.vitae.extractor.model.Reference;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.extractor.model.Volunteer;
import dev.vitae.extractor.model.Work;
import dev.vitae.extractor.nlp.Decision;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one document's extraction: what each stage found so far, as named typed
 * fields. One draft per document, used by one thread. {@link #toResume} freezes it into records.
 */
public final class ResumeDraft {
  /** At most this many warnings are kept; later ones are counted but dropped. */
  public static final int MAX_WARNINGS = 32;

  private List<String> documentLanguages = List.of();
  private @Nullable String defaultRegion;
  private List<Section> sections = List.of();
  private @Nullable DocumentLayout layout;

  private @Nullable Drafted<String> name;
  private @Nullable Drafted<String> label;
  private @Nullable Drafted<String> email;
  private @Nullable Drafted<String> phone;
  private @Nullable Drafted<String> url;
  private @Nullable Drafted<String> summary;
  private @Nullable Drafted<Location> location;
  private final List<Drafted<Profile>> profiles = new ArrayList<>();

  private final List<Drafted<Work>> work = new ArrayList<>();
  private final List<Drafted<Volunteer>> volunteer = new ArrayList<>();
  private final List<Drafted<Education>> education = new ArrayList<>();
  private final List<Drafted<Award>> awards = new ArrayList<>();
  private final List<Drafted<Certificate>> certificates = new ArrayList<>();
  private final List<Drafted<Publication>> publications = new ArrayList<>();
  private final List<Drafted<Skill>> skills = new ArrayList<>();
  private final List<Drafted<Language>> languages = new ArrayList<>();
  private final List<Drafted<Interest>> interests = new ArrayList<>();
  private final List<Drafted<Reference>> references = new ArrayList<>();
  private final List<Drafted<Project>> projects = new ArrayList<>();

  private final List<String> warnings = new ArrayList<>();
  private int droppedWarnings;
  private final Map<String, Decision> decisions = new LinkedHashMap<>();

  // --- document level ---

  /** ISO 639-1 codes of the languages the document is written in, most used first. */
  public List<String> documentLanguages() {
    return documentLanguages;
  }

  public void setDocumentLanguages(List<String> codes) {
    documentLanguages = List.copyOf(codes);
  }

  /** ISO 3166-1 region used to read phone numbers written without a country prefix. */
  public Optional<String> defaultRegion() {
    return Optional.ofNullable(defaultRegion);
  }

  public void setDefaultRegion(String region) {
    defaultRegion = region;
  }

  /** Per-line features; present once the layout stage has run. */
  public DocumentLayout layout() {
    if (layout == null) {
      throw new IllegalStateException("the layout stage has not run");
    }
    return layout;
  }

  public void setLayout(DocumentLayout value) {
    layout = Objects.requireNonNull(value, "layout");
  }

  public List<Section> sections() {
    return sections;
  }

  public void setSections(List<Section> value) {
    sections = List.copyOf(value);
  }

  /** The sections of one kind, in document order. */
  public List<Section> sections(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }

  // --- basics ---

  public Optional<Drafted<String>> name() {
    return Optional.ofNullable(name);
  }

  public void setName(Drafted<String> value) {
    name = value;
  }

  public Optional<Drafted<String>> label() {
    return Optional.ofNullable(label);
  }

  public void setLabel(Drafted<String> value) {
    label = value;
  }

  public Optional<Drafted<String>> email() {
    return Optional.ofNullable(email);
  }

  public void setEmail(Drafted<String> value) {
    email = value;
  }

  public Optional<Drafted<String>> phone() {
    return Optional.ofNullable(phone);
  }

  public void setPhone(Drafted<String> value) {
    phone = value;
  }

  public Optional<Drafted<String>> url() {
    return Optional.ofNullable(url);
  }

  public void setUrl(Drafted<String> value) {
    url = value;
  }

  public Optional<Drafted<String>> summary() {
    return Optional.ofNullable(summary);
  }

  public void setSummary(Drafted<String> value) {
    summary = value;
  }

  public Optional<Drafted<Location>> location() {
    return Optional.ofNullable(location);
  }

  public void setLocation(Drafted<Location> value) {
    location = value;
  }

  public List<Drafted<Profile>> profiles() {
    return profiles;
  }

  // --- sections of the resume: mutable lists, stages add and may replace entries ---

  public List<Drafted<Work>> work() {
    return work;
  }

  public List<Drafted<Volunteer>> volunteer() {
    return volunteer;
  }

  public List<Drafted<Education>> education() {
    return education;
  }

  public List<Drafted<Award>> awards() {
    return awards;
  }

  public List<Drafted<Certificate>> certificates() {
    return certificates;
  }

  public List<Drafted<Publication>> publications() {
    return publications;
  }

  public List<Drafted<Skill>> skills() {
    return skills;
  }

  public List<Drafted<Language>> languages() {
    return languages;
  }

  public List<Drafted<Interest>> interests() {
    return interests;
  }

  public List<Drafted<Reference>> references() {
    return references;
  }

  public List<Drafted<Project>> projects() {
    return projects;
  }

  // --- warnings ---

  /** Records a soft finding. Never put document content in {@code message}. */
  public void warn(String message) {
    Objects.requireNonNull(message, "message");
    if (warnings.contains(message)) {
      return;
    }
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(message);
    } else {
      droppedWarnings++;
    }
  }

  public List<String> warnings() {
    if (droppedWarnings == 0) {
      return List.copyOf(warnings);
    }
    List<String> all = new ArrayList<>(warnings);
    all.add(droppedWarnings + " more warnings dropped");
    return List.copyOf(all);
  }

  // --- provenance of fields the NLP layer consulted ---

  /**
   * Records how a field was decided, keyed by its JSON path ({@code basics.name}, {@code
   * work[2].name}); a later decision for the same path replaces the earlier one.
   */
  public void decide(String field, Decision decision) {
    decisions.put(
        Objects.requireNonNull(field, "field"), Objects.requireNonNull(decision, "decision"));
  }

  /** The recorded decisions, in the order they were first made. */
  public Map<String, Decision> decisions() {
    return Collections.unmodifiableMap(decisions);
  }

  // --- freezing ---

  /** The draft as immutable JSON Resume records, with {@code meta.vitae} set to {@code vitae}. */
  public Resume toResume(VitaeMeta vitae) {
    Basics basics =
        new Basics(
            value(name),
            value(label),
            null,
            value(email),
            value(phone),
            value(url),
            value(summary),
            value(location),
            values(profiles));
    return new Resume(
        basics,
        values(work),
        values(volunteer),
        values(education),
        values(awards),
        values(certificates),
        values(publications),
        values(skills),
        values(languages),
        values(interests),
        values(references),
        values(projects),
        new Meta("v1.0.0", vitae));
  }

  private static <T> @Nullable T value(@Nullable Drafted<T> drafted) {
    return drafted == null ? null : drafted.value();
  }

  private static <T> List<T> values(List<Drafted<T>> drafted) {
    return drafted.stream().map((Function<Drafted<T>, T>) Drafted::value).toList();
  }
}
