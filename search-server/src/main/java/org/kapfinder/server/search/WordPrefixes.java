package org.kapfinder.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.PlaceWords;

/**
 * Matches what has been typed so far against the words of a name, the way the autocomplete fields
 * are indexed: every typed word but the last must be a word of the name, the last may be the start
 * of one, and together they must appear in order. "lady bi" matches "Lady Bird Lake" at its first
 * word, "bird l" at its second, "bird lady" not at all.
 */
final class WordPrefixes {

  /** The match starts at the name's first word: the best kind of suggestion. */
  static final int AT_START = 0;

  /** The match starts at a later word. */
  static final int LATER_WORD = 1;

  static final int NO_MATCH = -1;

  /** Longest prefix the indexed edge n-grams hold; longer typed words are truncated to search. */
  static final int MAX_INDEXED_CHARS = 20;

  private static final Analyzer PREFIXES = TextAnalyzers.forPrefixes();

  private WordPrefixes() {}

  /** The words of {@code text} as the autocomplete fields hold them: lower-case, ASCII-folded. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = PREFIXES.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String in memory does no I/O.
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** A typed word as an index term of an edge n-gram field. */
  static String indexTerm(String typedWord) {
    return typedWord.length() <= MAX_INDEXED_CHARS
        ? typedWord
        : typedWord.substring(0, MAX_INDEXED_CHARS);
  }

  /**
   * Where {@code typed} matches {@code name}: {@link #AT_START}, {@link #LATER_WORD} or {@link
   * #NO_MATCH}. Nothing typed matches nothing.
   */
  static int match(List<String> name, List<String> typed) {
    if (typed.isEmpty()) {
      return NO_MATCH;
    }
    for (int start = 0; start + typed.size() <= name.size(); start++) {
      if (matchesAt(name, typed, start)) {
        return start == 0 ? AT_START : LATER_WORD;
      }
    }
    return NO_MATCH;
  }

  /**
   * Whether the typed words are words of {@code name} in order, not necessarily side by side, the
   * last one started: "ketamine cost" is in "How much does ketamine therapy cost?".
   */
  static boolean inOrder(List<String> name, List<String> typed) {
    int at = 0;
    for (int k = 0; k < typed.size(); k++) {
      boolean last = k == typed.size() - 1;
      while (at < name.size()
          && !(last ? name.get(at).startsWith(typed.get(k)) : name.get(at).equals(typed.get(k)))) {
        at++;
      }
      if (at == name.size()) {
        return false;
      }
      at++;
    }
    return !typed.isEmpty();
  }

  /**
   * Whether {@code typed} are whole words of {@code name}, in order and side by side: "chronic
   * pain" and "pain" are in "Chronic pain", "pai" is not.
   */
  static boolean containsWords(List<String> name, List<String> typed) {
    return !typed.isEmpty() && Collections.indexOfSubList(name, typed) >= 0;
  }

  /**
   * Whether the text ends in a function word ("in", "i", "near") after a word that is none, where
   * it is whole as typed: "ketamine for ptsd in" and "can i" are no start of "infusion" or "IV",
   * while "ketamine for an" may be the start of "anxiety".
   */
  static boolean endsInAFunctionWord(List<String> typed) {
    int last = typed.size() - 1;
    return last >= 1 && isFunctionWord(typed.get(last)) && !isFunctionWord(typed.get(last - 1));
  }

  /** A word that joins others: an English stop word, "i", or a word before a place ("near"). */
  static boolean isFunctionWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
        || word.equals("i")
        || PlaceWords.isCueWord(word);
  }

  private static boolean matchesAt(List<String> name, List<String> typed, int start) {
    int last = typed.size() - 1;
    for (int k = 0; k < last; k++) {
      if (!name.get(start + k).equals(typed.get(k))) {
        return false;
      }
    }
    return name.get(start + last).startsWith(typed.get(last));
  }
}
