package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.server.search.SuggestService.Kind;
import org.kapfinder.server.search.SuggestService.Ranked;
import org.kapfinder.server.search.SuggestService.Suggestion;

/**
 * The providers and articles autocomplete offers by their names and titles ({@link
 * SuggestService}).
 */
final class NameSuggestions {

  /** Where an article's page is; the same link search results give ({@code ArticleItem.url}). */
  private static final String ARTICLE_PAGE = "/articles/";

  /** What a provider's suggestion shows and links to. */
  private static final Set<String> PROVIDER_FIELDS_SHOWN =
      Set.of(ProviderFields.NAME_WORDS, ProviderFields.ID);

  static List<Ranked> providers(IndexSearcher providers, List<String> typed) throws IOException {
    List<Ranked> out = new ArrayList<>();
    Query query = nameQuery(typed);
    // One reader for the candidates, and of each only the two fields shown, not the whole record.
    StoredFields stored = providers.storedFields();
    List<Integer> docs = new ArrayList<>();
    Map<String, Integer> timesNamed = new HashMap<>();
    for (ScoreDoc hit : providers.search(query, SuggestService.CANDIDATES_PER_KIND).scoreDocs) {
      Document doc = stored.document(hit.doc, PROVIDER_FIELDS_SHOWN);
      String name = doc.get(ProviderFields.NAME_WORDS);
      int match = WordPrefixes.match(WordPrefixes.words(name), typed);
      if (match != WordPrefixes.NO_MATCH) {
        String id = doc.get(ProviderFields.ID);
        out.add(new Ranked(new Suggestion(name, Kind.PROVIDER, id, null), match, 0));
        docs.add(hit.doc);
        timesNamed.merge(name, 1, Integer::sum);
      }
    }
    // Providers of one name ("Ashford Ketamine-Assisted Psychotherapy" in Oklahoma and in
    // Massachusetts) are told apart by where they are.
    for (int i = 0; i < out.size(); i++) {
      Suggestion suggestion = out.get(i).suggestion();
      if (timesNamed.get(suggestion.text()) > 1) {
        String where = where(ProviderRecordFormat.read(stored.document(docs.get(i))));
        Suggestion told =
            new Suggestion(
                suggestion.text() + " (" + where + ")", Kind.PROVIDER, suggestion.value(), null);
        out.set(i, new Ranked(told, out.get(i).match(), out.get(i).rank()));
      }
    }
    return out;
  }

  /** Where a provider is, as a suggestion shows it: "Danvers, MA", or "telehealth". */
  private static String where(Provider provider) {
    return provider.address() == null
        ? "telehealth"
        : provider.address().city() + ", " + provider.address().state();
  }

  static List<Ranked> articles(IndexSnapshot snapshot, List<String> typed) throws IOException {
    List<Ranked> out = new ArrayList<>();
    Query query = prefixQuery(ArticleFields.TITLE_PREFIX, typed);
    ArticleTitles titles = snapshot.articleTitles();
    for (ScoreDoc hit :
        snapshot.articles().search(query, SuggestService.CANDIDATES_PER_KIND).scoreDocs) {
      String title = titles.title(hit.doc);
      List<String> words = WordPrefixes.words(title);
      int match = WordPrefixes.match(words, typed);
      if (match == WordPrefixes.NO_MATCH && WordPrefixes.inOrder(words, typed)) {
        // A question's words with others between: "ketamine cost", "ketamine for v".
        match = SuggestService.WORDS_APART;
      }
      if (match != WordPrefixes.NO_MATCH) {
        String id = titles.id(hit.doc);
        // The guides to one city rank after the articles for everyone: the searcher typing
        // "ketamine" is offered what ketamine is before what it is in Atlanta.
        out.add(
            new Ranked(
                new Suggestion(title, Kind.ARTICLE, id, ARTICLE_PAGE + id),
                match,
                titles.isLocalGuide(hit.doc) ? 1 : 0));
      }
    }
    return out;
  }

  /**
   * Providers whose name has every word typed, the last one as the start of a word; those whose
   * name starts with the first word typed score higher, so that they are among the candidates read
   * however many others match. {@link WordPrefixes#match} then checks the words' order.
   */
  private static Query nameQuery(List<String> typed) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int last = typed.size() - 1;
    for (int k = 0; k < last; k++) {
      query.add(new TermQuery(new Term(ProviderFields.NAME_WORDS, typed.get(k))), Occur.FILTER);
    }
    query.add(new PrefixQuery(new Term(ProviderFields.NAME_WORDS, typed.get(last))), Occur.FILTER);
    Term first = new Term(ProviderFields.NAME_FIRST_WORD, typed.get(0));
    Query startsAsTyped = last == 0 ? new PrefixQuery(first) : new TermQuery(first);
    query.add(new ConstantScoreQuery(startsAsTyped), Occur.SHOULD);
    return query.build();
  }

  /**
   * Documents with a word starting with each typed word, in a field of the words' edge n-grams;
   * those whose first word matches score higher, so that they are among the candidates read however
   * many others match.
   */
  private static Query prefixQuery(String field, List<String> typed) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : typed) {
      query.add(new TermQuery(new Term(field, WordPrefixes.indexTerm(word))), Occur.FILTER);
    }
    SpanTermQuery first = new SpanTermQuery(new Term(field, WordPrefixes.indexTerm(typed.get(0))));
    query.add(new ConstantScoreQuery(new SpanFirstQuery(first, 1)), Occur.SHOULD);
    return query.build();
  }

  private NameSuggestions() {}
}
