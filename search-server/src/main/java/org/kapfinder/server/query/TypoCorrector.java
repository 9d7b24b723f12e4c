package org.kapfinder.server.query;

import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Corrects misspelt words towards the interpreter's vocabulary ("ketamin", "theraphy", "spravado"),
 * but never a word of the corpus into a different word, so that a real name is never "corrected"; a
 * corpus word that searches the same as the vocabulary word (same stem: "ketamin") is still
 * normalised to it. Allows one edit (insertion, deletion, substitution or transposition) in words
 * of five to seven letters, two in longer ones, and only two neighbouring letters swapped in words
 * of four ("pstd" is PTSD).
 */
final class TypoCorrector {

  /** Shorter words are too often real words one letter from a vocabulary word ("kill", "pill"). */
  private static final int MIN_LENGTH = 5;

  private static final int LONG_WORD = 8;

  /**
   * Words this long are corrected only for two letters swapped ("pstd", "pian"), a slip of the
   * thumb that leaves no real word of four letters a vocabulary word's neighbour.
   */
  private static final int TRANSPOSED_LENGTH = 4;

  private final Set<String> vocabulary;
  private final Predicate<String> knownWord;
  private final BiPredicate<String, String> sameStem;

  /**
   * @param knownWord true for words the corpus contains
   * @param sameStem true when two words are one term to the search (same stem)
   */
  TypoCorrector(
      Set<String> vocabulary, Predicate<String> knownWord, BiPredicate<String, String> sameStem) {
    this.vocabulary = vocabulary;
    this.knownWord = knownWord;
    this.sameStem = sameStem;
  }

  /** The corrected word, or null when the word is fine or nothing is close enough. */
  String correct(String word) {
    if (vocabulary.contains(word) || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    if (word.length() < MIN_LENGTH) {
      return word.length() == TRANSPOSED_LENGTH ? transposed(word) : null;
    }
    int allowed = word.length() >= LONG_WORD ? 2 : 1;
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : vocabulary) {
      // A short word is a neighbour of too many ("paint" of "pain"): only swaps reach it.
      if (candidate.length() < MIN_LENGTH
          || Math.abs(candidate.length() - word.length()) > allowed) {
        continue;
      }
      int distance = distance(word, candidate, allowed);
      // Ties go to the candidate sharing the first letter, then to the alphabetically first.
      if (distance < bestDistance
          || (distance == bestDistance
              && best != null
              && best.charAt(0) != word.charAt(0)
              && candidate.charAt(0) == word.charAt(0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (bestDistance > allowed) {
      return null;
    }
    return knownWord.test(word) && !sameStem.test(word, best) ? null : best;
  }

  /** The vocabulary word that {@code word} is with two neighbouring letters swapped, or null. */
  private String transposed(String word) {
    char[] letters = word.toCharArray();
    for (int i = 0; i + 1 < letters.length; i++) {
      swap(letters, i);
      String candidate = new String(letters);
      swap(letters, i);
      if (vocabulary.contains(candidate)) {
        return knownWord.test(word) ? null : candidate;
      }
    }
    return null;
  }

  private static void swap(char[] letters, int i) {
    char first = letters[i];
    letters[i] = letters[i + 1];
    letters[i + 1] = first;
  }

  /** Optimal-string-alignment distance, giving up early once above {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
