package dev.vitae.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tags every occurrence of the phrases it was given; counts its calls. */
final class FakeRecognizer implements EntityRecognizer {
  private final Map<String, Entity> phrases = new LinkedHashMap<>();
  int calls;

  FakeRecognizer tag(String phrase, EntityType type, double score) {
    phrases.put(phrase, new Entity(phrase, 0, phrase.length(), type, score));
    return this;
  }

  @Override
  public List<Entity> recognize(String text) {
    calls++;
    List<Entity> out = new ArrayList<>();
    for (Entity e : phrases.values()) {
      for (int i = text.indexOf(e.text()); i >= 0; i = text.indexOf(e.text(), i + 1)) {
        out.add(new Entity(e.text(), i, i + e.text().length(), e.type(), e.score()));
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }
}
