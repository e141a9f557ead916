package dev.vitae.extractor.basics;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.TextDocument;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fills {@code basics}: name, label, email, phone, url, summary, location and profiles.
 *
 * <p>Reads the {@code HEADER} and {@code CONTACT} sections and a {@code SUMMARY} section up to its
 * first sub-heading; email, phone, url and profiles are also taken from contact lines anywhere else
 * (a footer), but never from a references section. Values are cleaned with {@link Texts#clean}; a
 * value not found stays absent. Warns "no name found" and "no email found" when those are missing.
 *
 * <p>Requires {@link Slot#SECTIONS} and {@link Slot#DOCUMENT_LANGUAGE} (the default phone region);
 * provides {@link Slot#BASICS} and {@link Slot#PROFILES}. Stateless and thread-safe; never throws
 * on odd input.
 */
public final class BasicsExtractor implements Extractor {

  @Override
  public Set<Slot> requires() {
    return Set.of(Slot.SECTIONS, Slot.DOCUMENT_LANGUAGE);
  }

  @Override
  public Set<Slot> provides() {
    return Set.of(Slot.BASICS, Slot.PROFILES);
  }

  @Override
  public void extract(TextDocument doc, ResumeDraft draft) {
    Scope scope = Scope.of(doc, draft.sections());
    ContactFinder.Contacts contacts = ContactFinder.find(scope, draft.defaultRegion().orElse(null));
    contacts.email().ifPresent(draft::setEmail);
    contacts.phone().ifPresent(draft::setPhone);
    contacts.url().ifPresent(draft::setUrl);
    for (Drafted<Profile> profile : contacts.profiles()) {
      draft.profiles().add(profile);
    }

    Optional<Drafted<String>> name =
        NameFinder.find(scope, contacts.profiles(), contacts.email())
            .flatMap(BasicsExtractor::cleaned);
    name.ifPresent(draft::setName);
    Optional<Drafted<String>> label =
        LabelFinder.find(scope, name).flatMap(BasicsExtractor::cleaned);
    label.ifPresent(draft::setLabel);
    LocationFinder.find(scope).ifPresent(draft::setLocation);

    Set<Integer> used = new HashSet<>();
    name.ifPresent(n -> used.add(n.firstLine()));
    label.ifPresent(l -> used.add(l.firstLine()));
    SummaryFinder.find(scope, used).flatMap(BasicsExtractor::cleaned).ifPresent(draft::setSummary);

    if (name.isEmpty()) {
      draft.warn("no name found");
    }
    if (contacts.email().isEmpty()) {
      draft.warn("no email found");
    }
  }

  private static Optional<Drafted<String>> cleaned(Drafted<String> value) {
    String text = Texts.cleanOrNull(value.value());
    return text == null
        ? Optional.empty()
        : Optional.of(new Drafted<>(text, value.firstLine(), value.lastLine()));
  }
}
