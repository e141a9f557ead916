package dev.vitae.extractor.nlp;

import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Skill;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the entity stages share: the recognizer, asked only about Latin-script text of bounded
 * length, and the skill filter (the 3-class model tags "Python" and "Kafka" as people, "Scala" as a
 * place).
 */
final class Recognition {
  /** The prior of a value the rules found and the model did not confirm. */
  static final double RULE_PRIOR = 0.5;

  private static final Pattern WORDS = Pattern.compile("[\\s,/|;&+()]+");
  private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final EntityRecognizer recognizer;
  private final Set<String> skills;

  private Recognition(EntityRecognizer recognizer, Set<String> skills) {
    this.recognizer = recognizer;
    this.skills = skills;
  }

  /** The recognizer with the skill terms the rules drafted. */
  static Recognition of(EntityRecognizer recognizer, ResumeDraft draft) {
    Set<String> skills = new HashSet<>();
    draft.skills().forEach(d -> addSkill(skills, d.value()));
    return new Recognition(recognizer, skills);
  }

  private static void addSkill(Set<String> skills, Skill skill) {
    if (skill.name() != null) {
      skills.add(key(skill.name()));
    }
    skill.keywords().forEach(k -> skills.add(key(k)));
  }

  /** Entities of a Latin-script text, skill words tagged as people or places left out. */
  List<Entity> entities(String text) {
    if (text == null
        || text.isBlank()
        || text.length() > EntityRecognizer.MAX_TEXT
        || Script.of(text) != Script.LATIN) {
      return List.of();
    }
    return recognizer.recognize(text).stream()
        .filter(e -> e.type() == EntityType.ORGANIZATION || !isSkill(e.text()))
        .toList();
  }

  /** Whether every word of {@code text} is a skill term, or the whole text is one. */
  boolean isSkill(String text) {
    if (skills.contains(key(text))) {
      return true;
    }
    String[] words = WORDS.split(text.strip());
    boolean any = false;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (!skills.contains(key(word))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Noisy-OR of the rules' prior and the model's confidence: two independent pieces of evidence.
   */
  static double combined(double modelScore) {
    return 1 - (1 - RULE_PRIOR) * (1 - modelScore);
  }

  /** Whether two spans of text name the same thing: one contains the other, ignoring case. */
  static boolean overlaps(String a, String b) {
    String x = key(a);
    String y = key(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  static String key(String text) {
    return NOT_LETTERS_OR_DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
