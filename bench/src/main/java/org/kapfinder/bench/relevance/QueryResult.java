package org.kapfinder.bench.relevance;

import java.util.List;
import org.kapfinder.server.search.ProviderItem;

/**
 * How one judged query fared: its figures (null where not judged), how the search understood it,
 * and what it showed with the grade of each provider, so that a poor figure can be diagnosed from
 * the report alone.
 *
 * @param idealGrades the grades of the best possible first page
 * @param shownGrades the grades of the first page the search gave
 * @param snippetsShown the snippets of the first three articles
 * @param snippetsPoor how many of them do not read as an answer ({@link SnippetCheck})
 */
record QueryResult(
    String id,
    String q,
    List<String> categories,
    String searcher,
    String target,
    Double ndcg10,
    Double precision5,
    Integer relevantProviders,
    List<Integer> idealGrades,
    List<Integer> shownGrades,
    Double articleSuccess3,
    List<String> shownArticles,
    List<String> acceptableArticles,
    int snippetsShown,
    int snippetsPoor,
    Understood understood,
    List<Shown> providers,
    String note) {

  /** How the search read the query: the API's {@code query} echo, condensed. */
  record Understood(
      String location,
      String locationKind,
      String locationState,
      Double radiusMiles,
      String text,
      List<String> routes,
      List<String> conditions,
      List<String> modes,
      boolean insurance,
      List<String> insurancePlans,
      Double maxPrice,
      Boolean psychotherapy,
      boolean lowPrice,
      boolean slidingScale,
      boolean nearMe,
      String didYouMean,
      long providersFound) {}

  /** A provider shown, with its grade for this query. */
  record Shown(
      int rank,
      String id,
      String name,
      int grade,
      Double distanceMiles,
      List<String> reasons,
      Float score,
      ProviderItem.Explanation explanation) {}
}
