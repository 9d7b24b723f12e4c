package org.kapfinder.bench.relevance;

import java.util.List;
import java.util.Map;

/**
 * Everything one evaluation run measured, in the shape of {@code relevance.json}: the headline
 * {@code metrics} (the names {@code floors.json} refers to), figures per query category, the worst
 * queries, and the detail of each part.
 */
record RelevanceReport(
    Setup setup,
    Map<String, Double> metrics,
    Map<String, CategoryFigures> byCategory,
    List<Worst> worstProviderQueries,
    List<Worst> failedArticleQueries,
    PlaceAccuracy.Result places,
    TelehealthAudit.Result telehealth,
    CrisisCheck.Result crisis,
    List<QueryResult> queries) {

  static final String PROVIDER_NDCG = "providerNdcg10";
  static final String PROVIDER_PRECISION = "providerPrecision5";
  static final String ARTICLE_SUCCESS = "articleSuccess3";
  static final String ARTICLE_SNIPPETS = "articleSnippetsAnswering";
  static final String PLACE_ACCURACY = "placeAccuracy";
  static final String PLACE_ACCURACY_CITIES = "placeAccuracyCities";
  static final String PLACE_ACCURACY_ZIPS = "placeAccuracyZips";
  static final String TELEHEALTH_ERRORS = "telehealthErrors";
  static final String CRISIS_RECALL = "crisisRecall";
  static final String CRISIS_SPECIFICITY = "crisisSpecificity";

  /** What was evaluated, and with which settings. */
  record Setup(
      String corpus,
      int providers,
      int articles,
      String today,
      long seed,
      int judgedQueries,
      int providerQueries,
      int articleQueries,
      int cities,
      int zips,
      int placePhrases,
      int sweepPoints) {}

  /** The figures of the queries of one category (a query may be in several). */
  record CategoryFigures(
      int queries,
      int providerQueries,
      Double ndcg10,
      Double precision5,
      int articleQueries,
      Double articleSuccess3) {}

  /** A query that scored badly, with a one-line account of what happened. */
  record Worst(
      String id, String q, Double ndcg10, Double precision5, Double articleSuccess3, String why) {}
}
