package dev.vitae.extractor.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fixed list of names looked up in running text: the leftmost, then longest, name that is not
 * glued to a Latin letter or a digit on either side ("China" in "Beijing, China" and in "北京China",
 * not in "Chinatown"). Han text needs no spaces: "中国" is found in "中国北京".
 *
 * <p>Written as a character trie rather than one regular expression of alternatives: with a few
 * hundred names the regular expression tries every name at every position and was the most costly
 * step of reading a resume's basics; the trie stops after a character or two at most positions.
 *
 * @param <V> what a name stands for
 */
final class Gazetteer<V> {
  private final Node<V> root = new Node<>();
  private final boolean ignoreCase;

  private Gazetteer(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /**
   * A gazetteer of the given names. With {@code ignoreCase}, names and text are compared by their
   * lower-case forms, character by character. Names shorter than one character are ignored.
   */
  static <V> Gazetteer<V> of(Map<String, V> names, boolean ignoreCase) {
    Gazetteer<V> gazetteer = new Gazetteer<>(ignoreCase);
    names.forEach(gazetteer::add);
    return gazetteer;
  }

  private void add(String name, V value) {
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      node = node.children.computeIfAbsent(fold(cp), c -> new Node<>());
      i += Character.charCount(cp);
    }
    node.value = value;
  }

  /**
   * The leftmost name in {@code text} at or after {@code from}, the longest when several start
   * there, or empty.
   */
  Optional<Hit<V>> find(String text, int from) {
    for (int start = Math.max(0, from); start < text.length(); ) {
      int cp = text.codePointAt(start);
      if (start == 0 || !isWordChar(text.codePointBefore(start))) {
        Hit<V> hit = longestAt(text, start);
        if (hit != null) {
          return Optional.of(hit);
        }
      }
      start += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private @Nullable Hit<V> longestAt(String text, int start) {
    Node<V> node = root;
    Hit<V> best = null;
    for (int i = start; i < text.length(); ) {
      int cp = text.codePointAt(i);
      node = node.children.get(fold(cp));
      if (node == null) {
        break;
      }
      i += Character.charCount(cp);
      if (node.value != null && (i == text.length() || !isWordChar(text.codePointAt(i)))) {
        best = new Hit<>(node.value, start, i);
      }
    }
    return best;
  }

  private int fold(int cp) {
    return ignoreCase ? Character.toLowerCase(cp) : cp;
  }

  // What a name must not touch: a Latin letter or a number (\p{IsLatin} and \p{N}).
  private static boolean isWordChar(int cp) {
    return Scripts.isLatin(cp)
        || switch (Character.getType(cp)) {
          case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
              true;
          default -> false;
        };
  }

  /**
   * A name found in a text.
   *
   * @param value what the name stands for
   * @param start index of the name's first character
   * @param end index one past the name's last character
   */
  record Hit<V>(V value, int start, int end) {}

  private static final class Node<V> {
    private final Map<Integer, Node<V>> children = new HashMap<>(4);
    private @Nullable V value;
  }
}
