package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.SpellingField;
import org.kapfinder.server.query.EnglishWords;
import org.kapfinder.server.query.QueryInterpreter;

/**
 * "Did you mean": for a query that found little, replaces each word that no provider or article
 * contains and that is no English word with the closest word that they do (Lucene's
 * DirectSpellChecker over the plain-word spelling field), keeping the rest of the query as typed.
 */
final class SpellingSuggester {

  /** The words that may be corrected, as long as the dictionary's shortest. */
  private static final Pattern WORD =
      Pattern.compile("\\p{L}{" + SpellingField.MIN_WORD_CHARS + ",}");

  /**
   * The least similarity of a suggestion, one minus its edits over the shorter word's length. At
   * 0.7, a word of up to six letters gets one edit, and a longer one two: two edits to a short word
   * make another word ("teens" is not a misspelling of "tests"), not a fix.
   */
  private static final float MIN_ACCURACY = 0.7f;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final EnglishWords englishWords = EnglishWords.shared();

  SpellingSuggester() {
    checker.setAccuracy(MIN_ACCURACY);
  }

  /** The corrected query, or null when no word needed or had a correction. */
  String suggest(String q, IndexReader providers, IndexReader articles) throws IOException {
    if (q == null) {
      return null;
    }
    StringBuilder corrected = new StringBuilder();
    Matcher words = WORD.matcher(q);
    int last = 0;
    boolean changed = false;
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      String better = best(word, providers, articles);
      corrected.append(q, last, words.start());
      if (better != null) {
        corrected.append(better);
        changed = true;
      } else {
        corrected.append(words.group());
      }
      last = words.end();
    }
    corrected.append(q.substring(last));
    return changed ? corrected.toString() : null;
  }

  private String best(String word, IndexReader providers, IndexReader articles) throws IOException {
    Term term = new Term(ProviderFields.SPELLING, word);
    // A real word the listings lack ("friendly") is no misspelling of one they have ("friends").
    if (QueryInterpreter.isVocabulary(word)
        || providers.docFreq(term) > 0
        || articles.docFreq(term) > 0
        || englishWords.contains(word)) {
      return null;
    }
    SuggestWord best = null;
    for (IndexReader reader : new IndexReader[] {providers, articles}) {
      SuggestWord[] found =
          checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (found.length > 0
          && (best == null
              || found[0].score > best.score
              || (found[0].score == best.score && found[0].freq > best.freq))) {
        best = found[0];
      }
    }
    return best == null ? null : best.string;
  }
}
