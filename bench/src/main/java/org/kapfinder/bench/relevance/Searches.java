package org.kapfinder.bench.relevance;

import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/** The search requests the evaluation sends: free text and a point, as the search page sends. */
final class Searches {

  private Searches() {}

  /**
   * @param searcher the device point sent as {@code lat}/{@code lon}, or null
   * @param size how many providers (articles: at most 5 with {@code type=all}, as the API gives)
   */
  static SearchRequest text(
      String q, Double lat, Double lon, ResultType type, int size, boolean explain) {
    return SearchRequest.withoutFilters(
        q, lat, lon, null, null, type, SortOrder.BEST, 1, size, explain);
  }

  static SearchRequest text(String q, Center searcher, ResultType type, int size, boolean explain) {
    return text(
        q,
        searcher == null ? null : searcher.lat(),
        searcher == null ? null : searcher.lon(),
        type,
        size,
        explain);
  }
}
