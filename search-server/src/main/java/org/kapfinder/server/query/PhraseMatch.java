package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * A phrase of {@link IntentPhrases} recognised in a search: its tokens {@code [from, to)} and its
 * meaning.
 */
record PhraseMatch(int from, int to, Intent intent) {

  /**
   * The phrases among the words not yet consumed, longest first, left to right.
   *
   * @param fillers whether to find the filler words ({@link Intent.Filler}) or the others
   */
  static List<PhraseMatch> find(List<Token> tokens, boolean fillers) {
    List<PhraseMatch> found = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      taken[i] = tokens.get(i).consumed;
    }
    for (int i = 0; i < tokens.size(); i++) {
      for (int length = Math.min(IntentPhrases.MAX_WORDS, tokens.size() - i);
          length >= 1;
          length--) {
        if (!free(taken, i, i + length)) {
          continue;
        }
        Intent intent = IntentPhrases.lookup(phrase(tokens, i, i + length));
        if (intent == null || (intent instanceof Intent.Filler) != fillers) {
          continue;
        }
        found.add(new PhraseMatch(i, i + length, intent));
        for (int k = i; k < i + length; k++) {
          taken[k] = true;
        }
        i += length - 1;
        break;
      }
    }
    return found;
  }

  /** The normalised words of tokens {@code [from, to)}, joined by single spaces. */
  static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        phrase.append(' ');
      }
      phrase.append(tokens.get(k).norm);
    }
    return phrase.toString();
  }

  /** The meanings of the phrase: its own, or each part of a phrase with several. */
  List<Intent> parts() {
    return intent instanceof Intent.All all ? all.parts() : List.of(intent);
  }

  void consume(List<Token> tokens) {
    for (int k = from; k < to; k++) {
      tokens.get(k).consumed = true;
    }
  }

  /** Whether a word of the phrase is consumed already, as a negation's word may be. */
  boolean anyConsumed(List<Token> tokens) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).consumed) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of the phrase is one of {@code words} ("pills"). */
  boolean allWordsIn(List<Token> tokens, Set<String> words) {
    for (int k = from; k < to; k++) {
      if (!words.contains(tokens.get(k).norm)) {
        return false;
      }
    }
    return true;
  }

  /** Marks the phrase's tokens in {@code marks}. */
  void mark(boolean[] marks) {
    for (int k = from; k < to; k++) {
      marks[k] = true;
    }
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }
}
