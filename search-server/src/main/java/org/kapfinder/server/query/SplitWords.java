package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Words that voice typing or a slip split in two ("ket amine", "spa vato", "bi polar", "psycho
 * therapy") or spelt out letter by letter ("p t s d", "o c d"): read as the one word they make,
 * when the search knows that word ({@link #joins}), and the two are no phrase or place of their own
 * ("at home", "san jose").
 */
final class SplitWords {

  /** A word the search knows this short is a function word or a code: "in", "pa". */
  private static final int SHORT_WORD_CHARS = 3;

  /** The fewest letters spelt out one by one that are read as a word: "o c d". */
  private static final int MIN_SPELT_LETTERS = 3;

  private SplitWords() {}

  /**
   * Joins each such run of words into its first token, whose word becomes the joined one, marked
   * misspelt; the others are consumed and marked {@link Token#joined}.
   *
   * @param vocabulary whether the search knows a word
   * @param correction the word the search knows that a word is, itself or corrected; or null
   * @param places where the pairs of words that name a place are looked up
   * @return whether any words were joined
   */
  static boolean join(
      List<Token> tokens,
      Predicate<String> vocabulary,
      UnaryOperator<String> correction,
      PlaceLookup places) {
    boolean any = false;
    for (int k = 0; k < tokens.size(); k++) {
      int letters = spelledLetters(tokens, k);
      if (letters >= MIN_SPELT_LETTERS
          && correction.apply(joined(tokens, k, k + letters)) != null) {
        join(tokens, k, k + letters);
        any = true;
      } else if (k + 1 < tokens.size()
          && isWord(tokens.get(k))
          && isWord(tokens.get(k + 1))
          // The place index last: most pairs are ruled out by the words alone.
          && joins(tokens.get(k).norm, tokens.get(k + 1).norm, vocabulary, correction)
          && !isPhraseOrPlace(tokens.get(k).norm + " " + tokens.get(k + 1).norm, places)) {
        join(tokens, k, k + 2);
        any = true;
      }
    }
    return any;
  }

  /**
   * Whether two words are one split: their join is a word the search knows, or a misspelling of one
   * that holds neither word the search knows. Not two words it knows ("iv ketamine"), nor one with
   * a short word it knows, a function word or a code ("pa in" is no "pain"); and a known word with
   * more after it is no misspelling of itself ("ketamine sf" is not "ketamines").
   */
  private static boolean joins(
      String first, String second, Predicate<String> vocabulary, UnaryOperator<String> correction) {
    boolean firstKnown = vocabulary.test(first);
    boolean secondKnown = vocabulary.test(second);
    if ((firstKnown && secondKnown)
        || (firstKnown && first.length() <= SHORT_WORD_CHARS)
        || (secondKnown && second.length() <= SHORT_WORD_CHARS)) {
      return false;
    }
    String joined = first + second;
    String word = correction.apply(joined);
    if (word == null || word.equals(joined)) {
      return word != null;
    }
    return !(firstKnown && word.contains(first)) && !(secondKnown && word.contains(second));
  }

  private static boolean isPhraseOrPlace(String words, PlaceLookup places) {
    try {
      return IntentPhrases.lookup(words) != null || places.isPlaceName(words);
    } catch (IOException e) {
      // Without the place index, words are better left as typed.
      return true;
    }
  }

  /** How many single letters stand in a row from {@code start}. */
  private static int spelledLetters(List<Token> tokens, int start) {
    int k = start;
    while (k < tokens.size() && tokens.get(k).norm.matches("[a-z]") && !tokens.get(k).consumed) {
      k++;
    }
    return k - start;
  }

  private static boolean isWord(Token token) {
    return !token.consumed && token.norm.matches("[a-z]{2,}");
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder word = new StringBuilder();
    for (int k = from; k < to; k++) {
      word.append(tokens.get(k).norm);
    }
    return word.toString();
  }

  private static void join(List<Token> tokens, int from, int to) {
    Token first = tokens.get(from);
    first.norm = joined(tokens, from, to);
    first.misspelt = true;
    for (int k = from + 1; k < to; k++) {
      tokens.get(k).consumed = true;
      tokens.get(k).joined = true;
    }
  }
}
