package org.kapfinder.index.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains, defined once for the indexer and the server. Text is tokenised, lower-cased,
 * folded to ASCII, stripped of English stop words and Porter-stemmed, but for a few words the
 * stemmer would confuse with others. Domain synonyms ({@code synonyms.txt}: PTSD / post-traumatic
 * stress, IV / infusion, esketamine / Spravato...) are added at query time only, so that editing
 * them needs no re-index and document statistics stay honest.
 */
public final class TextAnalyzers {

  /**
   * Words the Porter stemmer would merge with another of a different meaning: it makes "clinical"
   * "clinic", so an article on clinical trials answered "ketamine clinic near me", and "effective"
   * "effect", so "is ketamine effective" led with the article on side effects.
   */
  private static final CharArraySet NOT_STEMMED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("clinical", "clinically", "effective", "effectively", "effectiveness"),
              false));

  private static final int PREFIX_MIN_CHARS = 1;
  private static final int PREFIX_MAX_CHARS = 20;

  private TextAnalyzers() {}

  /**
   * Analyzer for indexing: English analysis, plus edge n-grams for the autocomplete fields of the
   * places and articles, plain words for the providers' names and the spelling dictionary. Each
   * thread that uses it remembers what English analysis made of up to {@value
   * RememberedWords#MAX_WORDS} words: it is for the indexer's few writing threads.
   */
  public static Analyzer forIndexing() {
    Analyzer edgeNGrams = new EdgeNGrams();
    Map<String, Analyzer> fields = new HashMap<>();
    fields.put(PlaceFields.NAME_PREFIX, edgeNGrams);
    fields.put(ArticleFields.TITLE_PREFIX, edgeNGrams);
    fields.put(ProviderFields.NAME_WORDS, forPrefixes());
    fields.put(ProviderFields.NAME_FIRST_WORD, firstWord());
    fields.put(ProviderFields.SPELLING, forSpelling());
    return new PerFieldAnalyzerWrapper(new EnglishText(null, true), fields);
  }

  /** The first of the words {@link #forPrefixes} makes of a text. */
  private static Analyzer firstWord() {
    return plainWords(words -> new LimitTokenCountFilter(words, 1));
  }

  /**
   * Lower-cased, ASCII-folded words, unstemmed because spelling suggestions are real words, and
   * only those of at least {@link SpellingField#MIN_WORD_CHARS} characters, the only ones "did you
   * mean" reads.
   */
  private static Analyzer forSpelling() {
    return plainWords(
        words -> new LengthFilter(words, SpellingField.MIN_WORD_CHARS, Integer.MAX_VALUE));
  }

  /**
   * The English chain as the index applies it, for a server that analyses what searchers type: it
   * remembers no words, since every thread of a server would otherwise keep its own store of them.
   */
  public static Analyzer englishAsIndexed() {
    return new EnglishText(null, false);
  }

  /** Analyzer for free-text queries: the indexing chain plus the domain synonyms. */
  public static Analyzer forQueries() {
    return new EnglishText(SynonymsHolder.SYNONYMS, false);
  }

  /**
   * Lower-cased, folded words: what is typed into the box as autocomplete looks it up, and the
   * providers' names as their autocomplete field holds them.
   */
  public static Analyzer forPrefixes() {
    return plainWords(UnaryOperator.identity());
  }

  /** Lower-cased, folded words, then {@code filters}: every chain of plain words. */
  private static Analyzer plainWords(UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(foldedLowerCase(source)));
      }
    };
  }

  /** The English chain, with synonyms when a map is given. */
  private static final class EnglishText extends Analyzer {
    private final SynonymMap synonyms;
    private final boolean rememberWords;

    /**
     * @param rememberWords whether each word is analysed once ({@link RememberedWords}), as the
     *     indexer does; not with synonyms, which look at several words at once
     */
    EnglishText(SynonymMap synonyms, boolean rememberWords) {
      this.synonyms = synonyms;
      this.rememberWords = rememberWords && synonyms == null;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      if (rememberWords) {
        return new TokenStreamComponents(
            source, new RememberedWords(source, TextAnalyzers::englishWords));
      }
      if (synonyms == null) {
        return new TokenStreamComponents(source, englishWords(source));
      }
      TokenStream stream = new SynonymGraphFilter(beforeSynonyms(source), synonyms, true);
      return new TokenStreamComponents(source, stemmed(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return foldedLowerCase(in);
    }
  }

  /**
   * Lower-cased and folded to ASCII: the chain of the autocomplete and spelling fields. Two filters
   * this cheap gain nothing from {@link RememberedWords}, whose lookup of a word costs as much.
   */
  private static TokenStream foldedLowerCase(TokenStream words) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(words));
  }

  /** The English chain after the tokenizer, every filter of which looks at one word alone. */
  static TokenStream englishWords(TokenStream words) {
    return stemmed(beforeSynonyms(words));
  }

  /** Porter stemming, but for the words it would confuse with others. */
  private static TokenStream stemmed(TokenStream stream) {
    return new PorterStemFilter(new SetKeywordMarkerFilter(stream, NOT_STEMMED));
  }

  private static TokenStream beforeSynonyms(TokenStream source) {
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    return new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  /** Edge n-grams of each lower-cased word: "austin" is found by "a", "au", "aus"... */
  private static final class EdgeNGrams extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(
          source,
          new EdgeNGramTokenFilter(
              foldedLowerCase(source), PREFIX_MIN_CHARS, PREFIX_MAX_CHARS, true));
    }
  }

  /** Parses the synonym rules once, lazily, with the chain that precedes synonyms. */
  private static final class SynonymsHolder {
    static final SynonymMap SYNONYMS = load();

    private static SynonymMap load() {
      Analyzer rulesAnalyzer =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              Tokenizer source = new StandardTokenizer();
              return new TokenStreamComponents(source, beforeSynonyms(source));
            }
          };
      try (InputStream in = TextAnalyzers.class.getResourceAsStream("synonyms.txt");
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, rulesAnalyzer);
        parser.parse(reader);
        return parser.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read synonyms.txt", e);
      } catch (ParseException e) {
        throw new IllegalStateException("synonyms.txt is invalid: " + e.getMessage(), e);
      }
    }
  }
}
