package org.kapfinder.server.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of phrases of normalised words, found in a text as whole words: the text's runs of up to as
 * many words as the longest phrase are looked up, so that finding one among hundreds costs a few
 * hash lookups per word, where a regular expression of their alternatives tried each at every
 * character.
 */
final class WordPhrases {

  private final Set<String> phrases;
  private final int maxWords;

  WordPhrases(List<String> phrases) {
    this.phrases = new HashSet<>(phrases);
    int longest = 1;
    for (String phrase : phrases) {
      longest = Math.max(longest, phrase.split(" ").length);
    }
    this.maxWords = longest;
  }

  /**
   * Whether one of the phrases stands in the text as whole words.
   *
   * @param normalizedWords words normalised as {@link QueryTokens} does, joined by single spaces
   */
  boolean foundIn(String normalizedWords) {
    int length = normalizedWords.length();
    for (int start = 0; start < length; start = nextWord(normalizedWords, start)) {
      int end = start;
      for (int words = 0; words < maxWords && end < length; words++) {
        end = normalizedWords.indexOf(' ', end + 1);
        if (end < 0) {
          end = length;
        }
        if (phrases.contains(normalizedWords.substring(start, end))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int nextWord(String text, int from) {
    int space = text.indexOf(' ', from);
    return space < 0 ? text.length() : space + 1;
  }
}
