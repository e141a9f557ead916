package dev.vitae.extractor.layout;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A fixed set of words looked for in a text by walking a trie from each position, in place of a
 * regex alternation of the same words, which tries every word at every position. It answers {@link
 * java.util.regex.Matcher#find} of {@code (?i)\b(?:w1|w2|…)\b} ({@link #wholeWords}) or of {@code
 * (?:w1|w2|…)} ({@link #anywhere}) exactly as {@code java.util.regex} does on Java 17: the ignored
 * case is ASCII only, and a word boundary is {@code Pattern}'s, where a word char is a letter, a
 * digit or {@code _}, and a non-spacing mark counts as one when it follows a letter or digit.
 */
final class WordTrie {
  private static final int ASCII = 128;

  private final Node root = new Node();
  // The root's children by ASCII char, the first look-up at every position.
  private final Node[] rootAscii = new Node[ASCII];
  private final boolean wholeWords;

  private WordTrie(boolean wholeWords, String... words) {
    this.wholeWords = wholeWords;
    for (String word : words) {
      add(word);
    }
    for (char c = 0; c < ASCII; c++) {
      rootAscii[c] = root.child(c);
    }
  }

  /**
   * The words as {@code (?i)\b(?:w1|w2|…)\b}: whole words in any ASCII case. Each word must be in
   * lower case and start and end with a letter, which is what makes the boundary test below exact.
   */
  static WordTrie wholeWords(String... words) {
    for (String word : words) {
      if (word.isEmpty()
          || !Character.isLetter(word.charAt(0))
          || !Character.isLetter(word.charAt(word.length() - 1))
          || !word.equals(foldCase(word))) {
        throw new IllegalArgumentException("not a lower-case word: " + word);
      }
    }
    return new WordTrie(true, words);
  }

  /** The words as {@code (?:w1|w2|…)}: anywhere, as written. */
  static WordTrie anywhere(String... words) {
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
    }
    return new WordTrie(false, words);
  }

  /** Whether any of the words is in {@code text}, as the regex's {@code find()} answers. */
  boolean foundIn(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      // Inside a word no whole word starts: a word starts with a letter, so an ASCII word char
      // before it means no boundary (the full test below would answer the same, more slowly).
      if (wholeWords && i > 0 && isAsciiWordChar(text.charAt(i - 1))) {
        continue;
      }
      char c = fold(text.charAt(i));
      Node node = c < ASCII ? rootAscii[c] : root.child(c);
      if (node == null || (wholeWords && !isBoundary(text, i))) {
        continue;
      }
      for (int j = i + 1; ; j++) {
        if (node.word && (!wholeWords || isBoundary(text, j))) {
          return true;
        }
        if (j == length) {
          break;
        }
        node = node.child(fold(text.charAt(j)));
        if (node == null) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private char fold(char c) {
    return wholeWords && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String foldCase(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return sb.toString();
  }

  private void add(String word) {
    Node node = root;
    for (int i = 0; i < word.length(); i++) {
      node = node.childOrNew(word.charAt(i));
    }
    node.word = true;
  }

  // Pattern.Bound.check: a word char on exactly one side of position i.
  private static boolean isBoundary(CharSequence s, int i) {
    boolean left = i > 0 && isWordChar(s, Character.codePointBefore(s, i), i - 1);
    boolean right = i < s.length() && isWordChar(s, Character.codePointAt(s, i), i);
    return left != right;
  }

  private static boolean isWordChar(CharSequence s, int ch, int at) {
    return ch == '_'
        || Character.isLetterOrDigit(ch)
        || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBaseCharacter(s, at));
  }

  // Pattern.hasBaseCharacter: a letter or digit before a run of non-spacing marks ending at i.
  private static boolean hasBaseCharacter(CharSequence s, int i) {
    for (int x = i; x >= 0; x--) {
      int ch = Character.codePointAt(s, x);
      if (Character.isLetterOrDigit(ch)) {
        return true;
      }
      if (Character.getType(ch) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /** A trie node: children by char, kept sorted for a binary search. */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private boolean word;

    @Nullable Node child(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    Node childOrNew(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      Node node = new Node();
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, insert);
      System.arraycopy(children, 0, n, 0, insert);
      k[insert] = c;
      n[insert] = node;
      System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
      System.arraycopy(children, insert, n, insert + 1, children.length - insert);
      keys = k;
      children = n;
      return node;
    }
  }
}
